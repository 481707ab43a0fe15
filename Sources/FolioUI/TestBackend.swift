import Foundation

/// A terminal in memory: plays a script of events and keeps every frame drawn, so tests (unit
/// and end-to-end) can drive `Program` exactly as a person at a terminal would.
public final class TestBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frames: [ScreenBuffer] = []
    public let glyphs: GlyphSet
    /// The script; nil stands for a wait in which no key is pressed.
    private var events: [TerminalEvent?]

    /// - Parameter glyphs: `.ascii` plays a terminal without a UTF-8 locale.
    public init(size: Size, events: [TerminalEvent] = [], glyphs: GlyphSet = .unicode) {
        self.size = size
        self.glyphs = glyphs
        self.events = events
    }

    /// Adds keys typed as text, one event per character; "\n" is Enter.
    public func type(_ text: String) {
        events.append(contentsOf: text.map { .key($0 == "\n" ? .enter : .character($0)) })
    }

    public func send(_ event: TerminalEvent) {
        events.append(event)
    }

    /// Scripts a wait in which nothing is pressed: the next `nextEvent` sleeps out its timeout
    /// and returns nil, as a real terminal does, so the program sees a tick.
    public func idle() {
        events.append(nil)
    }

    public func draw(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }

    /// The next scripted event; nil once the script is played out (like a closed terminal).
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent? {
        guard !events.isEmpty else { return nil }
        guard let event = events.removeFirst() else {
            if let timeoutMilliseconds { Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000) }
            return nil
        }
        if case .resize(let newSize) = event { size = newSize }
        return event
    }
}
