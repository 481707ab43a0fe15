/// What the program loop needs from a terminal: its size, a way to paint a frame, and events.
///
/// `NCursesBackend` implements it for real terminals; tests use an in-memory backend.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// The characters this terminal can show: views draw frames and markers from it.
    var glyphs: GlyphSet { get }
    /// Paints the frame; implementations send only the cells that changed since the last one.
    func draw(_ buffer: ScreenBuffer)
    /// The next event, or nil when `timeoutMilliseconds` passes first (nil timeout waits forever).
    /// A nil returned before the timeout has passed means no event will ever come: the input
    /// closed, or a signal asked the program to stop.
    func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent?
}
