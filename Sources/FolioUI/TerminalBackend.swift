/// What the program loop needs from a terminal: its size, a way to paint a frame, and events.
///
/// `NCursesBackend` implements it for real terminals; tests use an in-memory backend.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Paints the frame; implementations send only the cells that changed since the last one.
    func draw(_ buffer: ScreenBuffer)
    /// The next event, or nil when `timeoutMilliseconds` passes first (nil timeout waits forever).
    func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent?
}
