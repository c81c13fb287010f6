// sheet.js: shows the print button of a routine sheet and prints the page
// when it is pressed. Without JavaScript the button stays hidden and the
// browser's own Print command does the same.
"use strict";
document.querySelectorAll(".print-button").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
  button.hidden = false;
});
