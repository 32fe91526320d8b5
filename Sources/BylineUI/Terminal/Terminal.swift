import BylineKit
import CNCurses
import Foundation

/// The curses front end, the only code that talks to the terminal: it copies the reader's screen out
/// (only the rows that changed), turns keys, mouse events and resizes into actions, and does idle analysis
/// between keys. Every curses call runs on the calling thread; background work (a feed refresh) posts its
/// progress to the reader, which this loop picks up between keys (`pollBackground`).
public final class Terminal {
    private let theme: Theme
    private var colors = 0
    private var pairs: [Int64: Int32] = [:]
    private var looks: [UInt32: (attrs: UInt32, pair: Int32)] = [:]
    private var nextPair: Int32 = 1
    private var previous: Screen?

    public init(theme: Theme) { self.theme = theme }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Run the reader until it quits. The terminal is restored on return.
    public func run(_ reader: Reader) throws {
        setlocale(LC_ALL, "")
        // Keep Esc snappy: ncurses waits this long for the rest of an escape sequence.
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { setenv("ESCDELAY", "25", 1) }
        guard byl_start() == OK else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw StartError(description: "cannot use the terminal: TERM=\(term) is not a known terminal type")
        }
        raw(); noecho(); nonl()
        keypad(byl_stdscr(), true)
        intrflush(byl_stdscr(), false)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(byl_colors())
        }
        byl_enable_mouse()
        defer { endwin() }

        reader.send(.resize(width: Int(byl_cols()), height: Int(byl_lines())))
        draw(reader.render())
        while !reader.wantsQuit {
            // Block for a key unless analysis is waiting to be done between keys; while work runs in the
            // background, wake up every tenth of a second to show its progress.
            let idle = reader.hasIdleWork
            let blocking = !idle && !reader.isBusyInBackground
            timeout(blocking ? -1 : idle ? 0 : 100)
            var ch: UInt32 = 0
            let r = byl_get_wch(&ch)
            if r == byl_err() {
                // A blocking read that fails means the terminal is gone (hung up): stop rather than spin.
                if blocking { return }
                var changed = reader.pollBackground()
                if idle, reader.doIdleWork() { changed = true }
                if changed { draw(reader.render()) }
                continue
            }
            if let action = action(code: ch, isKey: r == KEY_CODE_YES) { reader.send(action) }
            // Take every key already typed before drawing, so held keys do not lag.
            timeout(0)
            while !reader.wantsQuit {
                var more: UInt32 = 0
                let r2 = byl_get_wch(&more)
                if r2 == byl_err() { break }
                if let a = action(code: more, isKey: r2 == KEY_CODE_YES) { reader.send(a) }
            }
            reader.pollBackground()
            if !reader.wantsQuit { draw(reader.render()) }
        }
    }

    private func action(code: UInt32, isKey: Bool) -> Action? {
        if isKey {
            let c = Int32(code)
            if c == byl_key_resize() {
                previous = nil
                return .resize(width: Int(byl_cols()), height: Int(byl_lines()))
            }
            if c == byl_key_mouse() { return mouse() }
            switch c {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            default:
                for n in 1...24 where c == byl_key_f(Int32(n)) { return .key(.function(n)) }
                return nil
            }
        }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(code + 96)!)))
        default:
            guard let u = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(u)))
        }
    }

    private func mouse() -> Action? {
        var y: Int32 = 0, x: Int32 = 0
        var b: UInt = 0
        guard byl_get_mouse(&y, &x, &b) == OK else { return nil }
        if b & byl_button4_pressed() != 0 { return .wheel(x: Int(x), y: Int(y), lines: -3) }
        if b & byl_button5_pressed() != 0 { return .wheel(x: Int(x), y: Int(y), lines: 3) }
        if b & (byl_button1_clicked() | byl_button1_pressed()) != 0 { return .click(x: Int(x), y: Int(y)) }
        return nil
    }

    // MARK: Drawing

    /// Copy the screen to the terminal, rewriting only the rows that differ from the last frame.
    private func draw(_ s: Screen) {
        let full = previous == nil || previous!.width != s.width || previous!.height != s.height
        if full { erase() }
        var wbuf = [wchar_t](repeating: 0, count: 8)
        for y in 0..<s.height {
            if !full, let p = previous, rowEqual(p, s, y) { continue }
            for x in 0..<s.width {
                let c = s[x, y]
                if c.isContinuation { continue }
                let look = self.look(c.style)
                // A cell holds a character and at most four combining ones (CCHARW_MAX); longer sequences
                // (family emoji and the like) are drawn as their first character, which has the same width.
                var n = 0
                let scalars = c.text.unicodeScalars
                let limit = scalars.count > 5 ? 1 : 5
                for u in scalars where n < limit { wbuf[n] = wchar_t(bitPattern: u.value); n += 1 }
                if n == 0 { wbuf[0] = 32; n = 1 }
                wbuf[n] = 0
                _ = byl_put_cell(Int32(y), Int32(x), wbuf, look.attrs, look.pair)
            }
        }
        previous = s
        refresh()
    }

    private func rowEqual(_ a: Screen, _ b: Screen, _ y: Int) -> Bool {
        let lo = y * a.width, hi = lo + a.width
        for i in lo..<hi where a.cells[i] != b.cells[i] { return false }
        return true
    }

    /// The curses attributes and colour pair for a set of roles.
    private func look(_ style: Style) -> (attrs: UInt32, pair: Int32) {
        if let l = looks[style.rawValue] { return l }
        let rs = theme.resolve(style)
        var attrs = byl_a_normal()
        if rs.attributes.contains(.bold) { attrs |= byl_a_bold() }
        if rs.attributes.contains(.underline) { attrs |= byl_a_underline() }
        if rs.attributes.contains(.reverse) { attrs |= byl_a_reverse() }
        if rs.attributes.contains(.dim) { attrs |= byl_a_dim() }
        if rs.attributes.contains(.italic) { attrs |= byl_a_italic() }
        if rs.attributes.contains(.blink) { attrs |= byl_a_blink() }
        var pair: Int32 = 0
        if colors >= 8 {
            let fg = ColorDepth.map(rs.fg, colors: colors), bg = ColorDepth.map(rs.bg, colors: colors)
            if fg != -1 || bg != -1 {
                let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: Int32(bg)))
                if let p = pairs[key] { pair = p }
                else if nextPair < byl_color_pairs() {
                    pair = nextPair
                    if byl_init_extended_pair(pair, Int32(fg), Int32(bg)) == OK { pairs[key] = pair; nextPair += 1 } else { pair = 0 }
                }
            }
        }
        let l = (attrs, pair)
        looks[style.rawValue] = l
        return l
    }
}
