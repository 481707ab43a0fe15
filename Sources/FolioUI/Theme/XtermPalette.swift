/// The RGB values xterm gives its 256 colors. Terminals may redefine the first 16, but these
/// are the reference every nearest-color choice is made against.
enum XtermPalette {
    struct RGB: Sendable, Hashable {
        var red: Int
        var green: Int
        var blue: Int
    }

    private static let ansi: [RGB] = [
        RGB(red: 0x00, green: 0x00, blue: 0x00), RGB(red: 0xCD, green: 0x00, blue: 0x00),
        RGB(red: 0x00, green: 0xCD, blue: 0x00), RGB(red: 0xCD, green: 0xCD, blue: 0x00),
        RGB(red: 0x00, green: 0x00, blue: 0xEE), RGB(red: 0xCD, green: 0x00, blue: 0xCD),
        RGB(red: 0x00, green: 0xCD, blue: 0xCD), RGB(red: 0xE5, green: 0xE5, blue: 0xE5),
        RGB(red: 0x7F, green: 0x7F, blue: 0x7F), RGB(red: 0xFF, green: 0x00, blue: 0x00),
        RGB(red: 0x00, green: 0xFF, blue: 0x00), RGB(red: 0xFF, green: 0xFF, blue: 0x00),
        RGB(red: 0x5C, green: 0x5C, blue: 0xFF), RGB(red: 0xFF, green: 0x00, blue: 0xFF),
        RGB(red: 0x00, green: 0xFF, blue: 0xFF), RGB(red: 0xFF, green: 0xFF, blue: 0xFF),
    ]

    /// The six levels of each axis of the 6×6×6 cube (indices 16...231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(of index: Int) -> RGB {
        switch index {
        case 0..<16:
            return ansi[index]
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (index - 232)
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// The index in `candidates` whose color looks closest to `color`. Uses the "redmean"
    /// weighted distance, a cheap approximation of perceived difference that weighs green most
    /// and shifts red/blue weight with how red the colors are; ties go to the lowest index.
    static func nearest(to color: RGB, among candidates: ClosedRange<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let distance = perceivedDistance(color, rgb(of: index))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// Redmean distance scaled by 512 to stay in integers.
    static func perceivedDistance(_ a: RGB, _ b: RGB) -> Int {
        let redMean = (a.red + b.red) / 2
        let red = a.red - b.red
        let green = a.green - b.green
        let blue = a.blue - b.blue
        return (512 + redMean) * red * red + 1024 * green * green + (767 - redMean) * blue * blue
    }
}
