module github.com/limber/limber

go 1.26
