import Events

extension SegmentedArticle {
    /// An article as the log stores it (its text, the lines of the segmented article joined by
    /// newlines, and the publication date its `article` record carries), ready to be extracted
    /// again. `text` gives back the same text, so extraction sees what ingest saw.
    public init(storedText text: String, published: PartialDate) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  published: published, dateSource: published.isKnown ? .override : .none)
    }
}
