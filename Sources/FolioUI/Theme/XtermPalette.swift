import Foundation

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

    /// The index in `candidates` whose color looks closest to `color`: smallest CIELAB ΔE76
    /// distance. Plain RGB distance sends mid gray to xterm's cyan on 8-color terminals; in Lab,
    /// where distance follows perceived difference, it goes to light gray as a person would pick.
    /// Ties go to the lowest index.
    static func nearest(to color: RGB, among candidates: ClosedRange<Int>) -> Int {
        let target = Lab(color)
        var best = candidates.lowerBound
        var bestDistance = Double.infinity
        for index in candidates {
            let distance = target.squaredDistance(to: labPalette[index])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    private static let labPalette: [Lab] = (0..<256).map { Lab(rgb(of: $0)) }

    /// A color in CIELAB (D65 white), converted from sRGB.
    private struct Lab {
        let lightness: Double
        let a: Double
        let b: Double

        init(_ color: RGB) {
            func linear(_ component: Int) -> Double {
                let value = Double(component) / 255
                return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            }
            func f(_ t: Double) -> Double {
                t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116
            }
            let red = linear(color.red), green = linear(color.green), blue = linear(color.blue)
            let x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
            let y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
            let z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883
            lightness = 116 * f(y) - 16
            a = 500 * (f(x) - f(y))
            b = 200 * (f(y) - f(z))
        }

        func squaredDistance(to other: Lab) -> Double {
            let dl = lightness - other.lightness, da = a - other.a, db = b - other.b
            return dl * dl + da * da + db * db
        }
    }
}
