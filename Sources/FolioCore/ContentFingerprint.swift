/// A stable 64-bit FNV-1a fingerprint of a file's bytes, printed as 16 hex digits.
///
/// Not cryptographic: it only has to tell whether two files hold the same article.
public enum ContentFingerprint {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
