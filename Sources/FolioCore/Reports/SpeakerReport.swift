/// One speaker's group as `folio quotes --by-speaker --json` prints it; the speaker is written
/// as null, not left out, so scripts can rely on the key.
public struct SpeakerReport: Sendable, Hashable, Encodable {
    public struct Quote: Sendable, Hashable, Encodable {
        public var file: String
        public var text: String
        public var kind: SpeakerIndex.Kind
        public var start: Int
        public var end: Int
    }

    public var speaker: String?
    public var count: Int
    public var quotations: [Quote]

    public init(group: SpeakerIndex.Group) {
        speaker = group.speaker
        count = group.count
        quotations = group.entries.map { Quote(file: $0.file, text: $0.text, kind: $0.kind, start: $0.start, end: $0.end) }
    }

    private enum CodingKeys: String, CodingKey {
        case speaker, count, quotations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(count, forKey: .count)
        try container.encode(quotations, forKey: .quotations)
    }
}
