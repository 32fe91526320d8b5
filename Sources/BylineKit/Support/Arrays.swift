extension Array {
    /// `Array(repeating:count:)`, made through the path that growing an array takes. That path is compiled into
    /// this module for each element type, with the storage's type known at compile time; `Array(repeating:count:)`
    /// goes through the standard library's general code, which looks the storage's type metadata up at run time
    /// (about 450 instructions per array: a tenth of the fixed cost of analysing a story, which makes dozens of
    /// such arrays).
    @inline(__always) init(filling value: Element, count: Int) {
        self.init()
        guard count > 0 else { return }
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
