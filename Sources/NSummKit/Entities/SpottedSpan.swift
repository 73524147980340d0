/// An entity found in a text, before it is mapped to the original input: byte offsets into
/// the whole text that was spotted (``SpotContext/text``), end exclusive.
struct SpottedSpan: Equatable {
    var start: Int
    var end: Int
    var kind: EntityKind
}
