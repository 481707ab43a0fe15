extension TmuxSession {
    /// Highlights the open article's first quotation, then exports this article as a Markdown
    /// digest from the `e` menu: the steps of every test of where the reader's exports go.
    func highlightFirstQuotationAndExportThisArticle() throws {
        try send("]")
        try send("h")
        try waitFor(text: "Highlights (1)")
        try send("e")
        try waitFor(text: "Export highlights as")
        try send("Enter")
        try waitFor(text: "This article")
        try send("a")
    }
}
