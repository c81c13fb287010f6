// sheet.js: shows the print button of a routine sheet and prints the page
// when it is pressed. Without JavaScript the button stays hidden and the
// browser's own Print command does the same.
//
// Before printing, it also marks a sheet that will not fit one page with
// the class sheet-long, so that sheet.css keeps its last card with the log
// and the foot. Which paper the printer has is not known here, so the sheet
// is laid out at the printable width of US Letter and of A4 in turn
// (sheet.css's 8 mm margins off each side) and is long when it is taller
// than the printable height of either.
"use strict";
document.querySelectorAll(".print-button").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
  button.hidden = false;
});

// papers are the printable areas of US Letter and A4, in millimetres.
var papers = [{ width: 215.9 - 16, height: 279.4 - 16 }, { width: 210 - 16, height: 297 - 16 }];

function tallerThanPage(sheet) {
  return papers.some(function (paper) {
    sheet.style.setProperty("--measure-width", paper.width + "mm");
    return sheet.getBoundingClientRect().height * 25.4 / 96 > paper.height;
  });
}

function markLong() {
  document.querySelectorAll(".sheet").forEach(function (sheet) {
    sheet.classList.add("sheet-measure");
    var long = tallerThanPage(sheet);
    sheet.classList.remove("sheet-measure");
    sheet.style.removeProperty("--measure-width");
    sheet.classList.toggle("sheet-long", long);
  });
}
window.addEventListener("beforeprint", markLong);
