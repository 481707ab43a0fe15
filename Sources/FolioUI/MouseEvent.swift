/// A mouse report, in screen cells, for terminals that send them: a click selects what is under
/// it and the wheel scrolls the pane under the pointer, so a reader can browse with one hand.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case click
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
