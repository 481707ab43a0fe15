/// How much of an article is in memory. A large library is listed before it is read, and its
/// articles' bodies are built only when opened, so the list appears at once and memory stays
/// bounded by what is open rather than by the size of the library.
public enum ArticleContent: Sendable, Hashable {
    /// Found on disk, not read yet: the title is made from the file name.
    case placeholder
    /// Metadata and counts (from the `ArticleCache`), without text or quotations.
    case listing
    /// Metadata, cleaned `text` and quotations, without blocks or the raw file: enough to list,
    /// filter by full text and gather speakers, not to display.
    case summary
    /// The first part of a file too large to read before showing it: the blocks and quotations
    /// of its first tens of kilobytes, shown while the whole file is read on another thread.
    /// Its fingerprint is unknown and nothing is anchored in it until the whole arrives.
    case opening
    /// Everything, ready to be shown.
    case full
}
