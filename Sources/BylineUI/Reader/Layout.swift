import Foundation

public enum Pane: Int, Sendable, CaseIterable {
    case list, article, entities
}

public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
    /// Rows under the pane's header line.
    var bodyHeight: Int { max(0, height - 1) }
}

/// Where the panes go for a terminal size: three columns when wide, a side pane (list or entities) and the
/// article when medium, one pane at a time when narrow.
public struct Layout: Equatable, Sendable {
    public enum Mode: Sendable { case tooSmall, narrow, medium, wide }
    public static let minWidth = 40, minHeight = 10
    public static let mediumWidth = 80, wideWidth = 120

    public var mode: Mode
    public var list: Rect?
    public var article: Rect?
    public var entities: Rect?
    /// Columns of the vertical rules between panes.
    public var separators: [Int]
    public var statusRow: Int

    static func mode(width: Int, height: Int) -> Mode {
        if width < minWidth || height < minHeight { return .tooSmall }
        if width < mediumWidth { return .narrow }
        return width < wideWidth ? .medium : .wide
    }

    /// Whether the entity panel is shown: `entitiesToggled` flips the mode's own choice (shown when wide).
    static func showsEntities(_ mode: Mode, toggled: Bool, focus: Pane) -> Bool {
        switch mode {
        case .wide: return !toggled
        case .medium: return toggled
        case .narrow: return focus == .entities
        case .tooSmall: return false
        }
    }

    init(width w: Int, height h: Int, focus: Pane, entitiesToggled: Bool) {
        mode = Layout.mode(width: w, height: h)
        statusRow = h - 1
        separators = []
        let ph = h - 1
        let showEntities = Layout.showsEntities(mode, toggled: entitiesToggled, focus: focus)
        switch mode {
        case .tooSmall: break
        case .narrow:
            let r = Rect(x: 0, y: 0, width: w, height: ph)
            switch focus {
            case .list: list = r
            case .article: article = r
            case .entities: entities = r
            }
        case .medium:
            let side = min(48, max(30, w * 40 / 100))
            let r = Rect(x: 0, y: 0, width: side, height: ph)
            if showEntities { entities = r } else { list = r }
            separators = [side]
            article = Rect(x: side + 1, y: 0, width: w - side - 1, height: ph)
        case .wide:
            let lw = min(60, max(30, w * 34 / 100))
            let ew = showEntities ? min(42, max(28, w * 22 / 100)) : 0
            list = Rect(x: 0, y: 0, width: lw, height: ph)
            separators = [lw]
            let aw = w - lw - 1 - (showEntities ? ew + 1 : 0)
            article = Rect(x: lw + 1, y: 0, width: aw, height: ph)
            if showEntities {
                separators.append(lw + 1 + aw)
                entities = Rect(x: lw + 2 + aw, y: 0, width: ew, height: ph)
            }
        }
    }

    func rect(_ p: Pane) -> Rect? {
        switch p {
        case .list: return list
        case .article: return article
        case .entities: return entities
        }
    }

    func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect($0)?.contains(x: x, y: y) == true }
    }
}
