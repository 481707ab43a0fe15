import CNcursesw
import FolioUI
#if canImport(Glibc)
import Glibc
#endif

/// The terminal as ncursesw sees it: the only type in Folio that talks to ncurses.
///
/// It paints `ScreenBuffer` frames, sending only the rows that changed since the previous frame
/// (ncurses then sends only the changed characters), and turns ncurses key codes into `Key`s.
/// The terminal is restored by `shutdown()`, which the program calls on every exit path.
public final class NCursesBackend: TerminalBackend {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>
    private var previous: ScreenBuffer?
    private let environment: [String: String]
    private var selection: ThemeSelection
    private var pairs: [PairKey: Int16] = [:]
    private var looks: [Role: (attr_t, Int16)] = [:]
    private var isShutDown = false
    /// `.ascii` when no UTF-8 locale could be set: the views draw ASCII frames and markers, and
    /// every other non-ASCII cell is painted as ASCII of the same width.
    public let glyphs: GlyphSet
    /// Set when the process received SIGINT, SIGTERM or SIGHUP; the program should quit.
    public private(set) var receivedSignal: Int32 = 0

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Checks the terminal and starts ncurses.
    ///
    /// - Parameters:
    ///   - environment: the process environment, for `TERM`, `NO_COLOR` and the locale
    ///     (`LC_ALL`, `LC_CTYPE`, `LANG`).
    ///   - theme: the theme to draw with; mapped to the colors this terminal has.
    ///   - monochrome: the theme used when color is off (`NO_COLOR`, a terminal without color).
    ///   - mouse: whether to ask the terminal for clicks and wheel notches; off leaves the
    ///     terminal's own selection and scrolling alone.
    public init(environment: [String: String], theme: Theme, monochrome: Theme = .builtInMono,
                mouse: Bool = true) throws(TerminalSetupError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        glyphs = Self.setCharacterLocale(environment: environment).glyphs
        let term = environment["TERM"]
        guard folio_terminal_can_address_cursor() else { throw .cannotAddressCursor(term: term) }
        guard let screen = folio_newterm() else { throw .initializationFailed(term: term) }
        self.screen = screen
        _ = set_term(screen)
        window = folio_stdscr()
        self.environment = environment
        if has_colors() {
            start_color()
            use_default_colors()
        }
        selection = ThemeSelection(
            theme: theme, environment: environment, colors: has_colors() ? Int(folio_colors()) : 0, monochrome: monochrome
        )
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if mouse { _ = folio_mouse_enable(true) }
        folio_install_signal_handlers()
    }

    deinit {
        shutdown()
    }

    /// Restores the terminal; safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
    }

    /// The theme in effect and how many colors it was mapped to, for the status line.
    public var themeSelection: ThemeSelection { selection }

    /// Switches to another theme and repaints everything with it.
    public func apply(theme: Theme, monochrome: Theme = .builtInMono) {
        selection = ThemeSelection(
            theme: theme, environment: environment, colors: has_colors() ? Int(folio_colors()) : 0, monochrome: monochrome
        )
        looks = [:]
        previous = nil
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func draw(_ buffer: ScreenBuffer) {
        let repaintAll = previous?.size != buffer.size
        if repaintAll { werase(window) }
        for y in 0..<buffer.size.height where repaintAll || rowChanged(y, in: buffer) {
            paintRow(y, of: buffer)
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent? {
        let clock = ContinuousClock()
        let start = clock.now
        let slice = 200
        while true {
            if takeSignal() { return nil }
            let waited = start.duration(to: clock.now)
            let waitedMilliseconds = Int(waited.components.seconds * 1000 + waited.components.attoseconds / 1_000_000_000_000_000)
            let remaining = timeoutMilliseconds.map { $0 - waitedMilliseconds }
            if let remaining, remaining <= 0 { return nil }
            wtimeout(window, Int32(min(remaining ?? slice, slice)))
            var character: wint_t = 0
            let status = glyphs == .unicode ? wget_wch(window, &character) : readUTF8(&character)
            if status == OK, let event = Self.event(forCharacter: character) {
                return event
            }
            if status == KEY_CODE_YES, let event = event(forKeyCode: Int32(character)) {
                return event
            }
            // A terminal that went away without a SIGHUP reaching us (closed under `nohup`, or a
            // tracer holding the signal) makes every read fail at once: without this check the
            // loop spun at full speed for ever. Returning early ends the program loop.
            if status == ERR, Self.inputHungUp() { return nil }
        }
    }

    /// Whether the terminal's input has hung up or closed, so no key can come any more.
    static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Whether a signal asked the program to stop; the program loop checks it after each event.
    public func takeSignal() -> Bool {
        let signal = folio_take_signal()
        if signal != 0 { receivedSignal = signal }
        return receivedSignal != 0
    }

    // MARK: - Painting

    private func rowChanged(_ y: Int, in buffer: ScreenBuffer) -> Bool {
        guard let previous else { return true }
        let width = buffer.size.width
        let start = y * width
        return buffer.cells[start..<start + width] != previous.cells[start..<start + width]
    }

    private func paintRow(_ y: Int, of buffer: ScreenBuffer) {
        var x = 0
        let width = buffer.size.width
        while x < width {
            let style = buffer[x, y].style
            var run = ""
            let runStart = x
            while x < width, buffer[x, y].style == style {
                let cell = buffer[x, y]
                if !cell.isContinuation {
                    let text = Self.paintable(cell.text)
                    run += glyphs == .unicode ? text : glyphs.terminalText(text, cells: buffer.cellCount(atX: x, y: y))
                }
                x += 1
            }
            let (attributes, pair) = look(for: style)
            _ = folio_put(window, Int32(y), Int32(runStart), run, attributes, pair)
        }
    }

    /// A cell's text as it may go to the terminal: control characters become visible stand-ins
    /// (the model already replaces them; this is the last line of defence), and a cluster is cut
    /// to the base plus four combining marks, which is all an ncurses cell holds.
    static func paintable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(5) {
            switch scalar.value {
            case 0..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return result.isEmpty ? " " : String(result)
    }

    private func look(for style: Style) -> (attr_t, Int16) {
        let (roleAttributes, pair) = look(for: style.role)
        return (roleAttributes | Self.curses(style.attributes), pair)
    }

    private func look(for role: Role) -> (attr_t, Int16) {
        if let look = looks[role] { return look }
        let terminalStyle = selection.terminalStyle(for: role)
        let look = (Self.curses(terminalStyle.attributes), pair(for: terminalStyle))
        looks[role] = look
        return look
    }

    private func pair(for style: TerminalStyle) -> Int16 {
        guard style.foreground != -1 || style.background != -1 else { return 0 }
        let key = PairKey(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < folio_color_pairs() else { return 0 }
        init_pair(next, style.foreground, style.background)
        pairs[key] = next
        return next
    }

    private static func curses(_ attributes: Attributes) -> attr_t {
        var result = folio_attr_normal()
        if attributes.contains(.bold) { result |= folio_attr_bold() }
        if attributes.contains(.dim) { result |= folio_attr_dim() }
        if attributes.contains(.italic) { result |= folio_attr_italic() }
        if attributes.contains(.underline) { result |= folio_attr_underline() }
        if attributes.contains(.reverse) { result |= folio_attr_reverse() }
        return result
    }

    // MARK: - Input

    private static func event(forCharacter value: wint_t) -> TerminalEvent? {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 96))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func event(forKeyCode code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return Self.mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    /// Reads a key as `wget_wch` would, for when the C locale is in force. The terminal still
    /// sends UTF-8, which ncurses cannot decode under that locale (it drops the character and
    /// the key after it), so bytes are read one by one and a UTF-8 sequence decoded here: a note
    /// typed with accents is stored as typed, even though it is drawn in ASCII.
    private func readUTF8(_ character: inout wint_t) -> Int32 {
        let first = wgetch(window)
        guard first != ERR else { return ERR }
        guard first < KEY_MIN else {
            character = wint_t(first)
            return KEY_CODE_YES
        }
        guard first >= 0x80 else {
            character = wint_t(first)
            return OK
        }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        var bytes = [UInt8(truncatingIfNeeded: first)]
        wtimeout(window, 50)
        while bytes.count < length {
            let next = wgetch(window)
            guard next >= 0x80, next < 0xC0 else {
                if next != ERR { ungetch(next) }
                break
            }
            bytes.append(UInt8(next))
        }
        guard let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first else { return ERR }
        character = wint_t(scalar.value)
        return OK
    }

    /// The pending mouse report as a `MouseEvent`; nil for buttons Folio does not use.
    private static func mouseEvent() -> TerminalEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        var kind: Int32 = 0
        guard folio_get_mouse(&x, &y, &kind) else { return nil }
        switch kind {
        case 1: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .click))
        case 2: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .wheelUp))
        case 3: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .wheelDown))
        default: return nil
        }
    }

    // MARK: - Locale

    /// Takes every locale category from the environment, then sets `LC_CTYPE` to the UTF-8
    /// locale `LocaleChoice` picks (ncursesw draws UTF-8 only under one), or to "C" when this
    /// system has none, which the ASCII glyphs then suit.
    private static func setCharacterLocale(environment: [String: String]) -> LocaleChoice {
        _ = setlocale(LC_ALL, "")
        let choice = LocaleChoice.choose(environment: environment) { name in
            guard setlocale(LC_CTYPE, name) != nil, let codeset = nl_langinfo(nl_item(CODESET)) else { return nil }
            return String(cString: codeset)
        }
        _ = setlocale(LC_CTYPE, choice.characterLocale ?? "C")
        return choice
    }
}
