extension NSumm {
    /// The names, dates, times and amounts in `document`, in order; see ``EntitySpotter``.
    /// The spotter is built once, on first use, from the value's lexicons.
    ///
    /// ```swift
    /// let doc = nsumm.analyze("Presiden Kassym-Jomart Tokayev tiba di Moskwa.")
    /// nsumm.entities(in: doc).map(\.text)   // ["Kassym-Jomart Tokayev", "Moskwa"]
    /// ```
    public func entities(in document: Document) -> [Entity] {
        spotter.entities(in: document)
    }
}
