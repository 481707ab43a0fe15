/// One quotation as `folio quotes --json` prints it: flat, with the file it came from.
public struct QuotationReport: Sendable, Hashable, Codable {
    public var file: String
    public var text: String
    public var speaker: String?
    public var kind: Quotation.Kind
    public var start: Int
    public var end: Int

    public init(file: String, quotation: Quotation) {
        self.file = file
        text = quotation.text
        speaker = quotation.speaker
        kind = quotation.kind
        start = quotation.start
        end = quotation.end
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(kind, forKey: .kind)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
