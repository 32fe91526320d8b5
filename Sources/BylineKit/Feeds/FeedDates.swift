import Foundation

/// Dates as feeds write them: RFC 822/1123 (RSS), RFC 3339 and W3C-DTF/ISO 8601 (Atom, Dublin Core), with the
/// liberties feeds take (missing seconds or weekday, two-digit years, named or numeric zones, "Z", fractions).
public enum FeedDates {
    public static func parse(_ raw: String) -> Date? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty, s.count < 100 else { return nil }
        return iso8601(s) ?? rfc822(s) ?? asctime(s)
    }

    static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "A": -1, "M": -12, "N": 1, "Y": 12, "AST": -4, "ADT": -3, "HST": -10, "AKST": -9, "AKDT": -8,
        "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WET": 0, "WEST": 1, "BST": 1, "IST": 1, "JST": 9, "MSK": 3,
    ]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func month(_ word: Substring) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        return months.firstIndex(of: String(w.prefix(3))).map { $0 + 1 }
    }

    static func make(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ sec: Double, offsetMinutes: Int) -> Date? {
        guard (1...12).contains(mo), (1...31).contains(d), (0...24).contains(h), (0...59).contains(mi), sec >= 0, sec < 62,
              y > 0, y < 10000 else { return nil }
        var c = DateComponents()
        c.year = y; c.month = mo; c.day = d; c.hour = h; c.minute = mi; c.second = Int(sec)
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let base = cal.date(from: c) else { return nil }
        // Reject impossible days (Feb 30) that Calendar would roll over.
        guard cal.component(.day, from: base) == d || h == 24 else { return nil }
        return base.addingTimeInterval(sec - Double(Int(sec)) - Double(offsetMinutes * 60))
    }

    /// RFC 3339 / W3C-DTF / ISO 8601 extended and basic forms: 2003-12-13T18:30:02Z, 2003-12-13T18:30:02.25+01:00,
    /// 2003-12-13, 2003-12, 2003, 20031213T183002Z, 2003-12-13 18:30.
    static func iso8601(_ s: String) -> Date? {
        let u = Array(s.uppercased().unicodeScalars)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= u.count else { return nil }
            var v = 0
            for k in 0..<n { guard isDigit(u[i + k]) else { return nil }; v = v * 10 + Int(u[i + k].value - 48) }
            i += n
            return v
        }
        func eat(_ c: Unicode.Scalar) -> Bool { if i < u.count, u[i] == c { i += 1; return true }; return false }
        guard let y = digits(4) else { return nil }
        var mo = 1, d = 1, h = 0, mi = 0
        var sec = 0.0
        var offset = 0
        let basic = i < u.count && u[i] != "-"
        if basic {
            guard let m = digits(2), let dd = digits(2) else { return i == 4 && u.count == 4 ? make(y, 1, 1, 0, 0, 0, offsetMinutes: 0) : nil }
            mo = m; d = dd
        } else if eat("-") {
            guard let m = digits(2) else { return nil }
            mo = m
            if eat("-") { guard let dd = digits(2) else { return nil }; d = dd }
        }
        if i < u.count, u[i] == "T" || u[i] == " " {
            i += 1
            guard let hh = digits(2) else { return nil }
            h = hh
            _ = eat(":")
            guard let mm = digits(2) else { return nil }
            mi = mm
            if eat(":") || (i < u.count && isDigit(u[i])) {
                guard let ss = digits(2) else { return nil }
                sec = Double(ss)
                if eat(".") || eat(",") {
                    var frac = "0."
                    while i < u.count, isDigit(u[i]) { frac.unicodeScalars.append(u[i]); i += 1 }
                    sec += Double(frac) ?? 0
                }
            }
            while i < u.count, u[i] == " " { i += 1 }
            if eat("Z") { offset = 0 }
            else if i < u.count, u[i] == "+" || u[i] == "-" {
                let sign = u[i] == "-" ? -1 : 1
                i += 1
                guard let oh = digits(2) else { return nil }
                _ = eat(":")
                let om = digits(2) ?? 0
                offset = sign * (oh * 60 + om)
            } else if i < u.count {
                let rest = String(String.UnicodeScalarView(u[i...]))
                guard let z = zones[rest] else { return nil }
                offset = z * 60; i = u.count
            }
        }
        guard i == u.count else { return nil }
        return make(y, mo, d, h, mi, sec, offsetMinutes: offset)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// RFC 822/1123/2822: [Wkd,] DD Mon YYYY HH:MM[:SS] [zone]; also two-digit years and "Mon DD YYYY".
    static func rfc822(_ s: String) -> Date? {
        var words = s.replacingOccurrences(of: ",", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { return nil }
        if month(words[0]) == nil, Int(words[0]) == nil { words.removeFirst() }  // weekday
        guard words.count >= 3 else { return nil }
        var day: Int?, mon: Int?
        if let d = Int(words[0]), let m = month(words[1]) { day = d; mon = m }
        else if let m = month(words[0]), let d = Int(words[1]) { day = d; mon = m }
        // "2004-01-01 ..." is not RFC 822.
        guard let day, let mon, var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 } else if words[2].count == 3 { year += 1900 }
        var h = 0, mi = 0
        var sec = 0.0
        var offset = 0
        var rest = words.dropFirst(3)
        if let t = rest.first, t.contains(":") {
            let parts = t.split(separator: ":")
            guard parts.count >= 2, let hh = Int(parts[0]), let mm = Int(parts[1]) else { return nil }
            h = hh; mi = mm
            if parts.count >= 3 { guard let ss = Double(parts[2]) else { return nil }; sec = ss }
            rest = rest.dropFirst()
        }
        if let z = rest.first {
            var zone = z.uppercased()
            if zone.hasPrefix("GMT") || zone.hasPrefix("UTC"), zone.count > 3 { zone = String(zone.dropFirst(3)) }
            if let first = zone.first, first == "+" || first == "-" {
                let digits = zone.dropFirst().filter(\.isNumber)
                guard digits.count == 4 || digits.count == 2 || digits.count == 3, let v = Int(digits) else { return nil }
                let hh = digits.count == 2 ? v : v / 100, mm = digits.count == 2 ? 0 : v % 100
                offset = (first == "-" ? -1 : 1) * (hh * 60 + mm)
            } else if let o = zones[zone] {
                offset = o * 60
            } else if zone.allSatisfy(\.isLetter) {
                offset = 0  // an unknown zone name: read as UTC rather than losing the date
            } else {
                return nil
            }
        }
        return make(year, mon, day, h, mi, sec, offsetMinutes: offset)
    }

    /// asctime: "Sun Jan  4 16:29:06 2004" (and "... PST 2004").
    static func asctime(_ s: String) -> Date? {
        let w = s.split(separator: " ")
        guard w.count >= 5, let mon = month(w[1]), let d = Int(w[2]), let y = Int(w.last!) else { return nil }
        let t = w[3].split(separator: ":").compactMap { Int($0) }
        guard t.count == 3 else { return nil }
        let zone = w.count == 6 ? zones[w[4].uppercased()] ?? 0 : 0
        return make(y, mon, d, t[0], t[1], Double(t[2]), offsetMinutes: zone * 60)
    }
}
