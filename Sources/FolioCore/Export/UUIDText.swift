import Foundation

/// UUID text in the 8-4-4-4-12 hex layout, written and read with table lookups.
///
/// An export of 100,000 highlights writes every id at least once and the store reads every id
/// back; Foundation's `uuidString` (then `lowercased()`) and `UUID(uuidString:)` go through
/// `printf`/`scanf`-style formatting, which made ids alone a visible share of an export.
enum UUIDText {
    private static let lowerHex = Array("0123456789abcdef".utf8)

    /// `00000000-0000-4000-8000-000000000001`: lowercase, as the exports write ids.
    static func lowercase(_ id: UUID) -> String {
        let bytes = id.uuid
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            withUnsafeBytes(of: bytes) { raw in
                for (index, byte) in raw.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    buffer[position] = lowerHex[Int(byte >> 4)]
                    buffer[position + 1] = lowerHex[Int(byte & 0x0F)]
                    position += 2
                }
            }
            return position
        }
    }

    /// Parses the 8-4-4-4-12 layout in either case, as `UUID(uuidString:)` does; nil otherwise.
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8(parse)
    }

    private static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard utf8.count == 36 else { return nil }
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
            var position = 0
            for index in 0..<16 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard utf8[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = nibble(utf8[position]), let low = nibble(utf8[position + 1]) else { return false }
                out[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return parsed ? UUID(uuid: bytes) : nil
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
