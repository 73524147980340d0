extension XLIFFWriter {
    /// Checks the rules of the format that the model does not enforce by itself, so that no
    /// bundle is written that validators or CAT tools would reject.
    func validate(_ bundle: XLIFFBundle) throws(XLIFFError) {
        guard !bundle.files.isEmpty else { throw .invalidBundle("it has no files") }
        var fileIDs: Set<String> = []
        for file in bundle.files {
            try require(Self.isNMToken(file.id), "file id '\(file.id)' is not an XML name token")
            try require(fileIDs.insert(file.id).inserted, "file id '\(file.id)' appears twice")
            try require(!file.units.isEmpty, "file \(file.id) has no units")
            var unitIDs: Set<String> = []
            for unit in file.units {
                let place = "file \(file.id), unit \(unit.id)"
                try require(Self.isNMToken(unit.id), "\(place): the id is not an XML name token")
                try require(unitIDs.insert(unit.id).inserted, "\(place): the unit id appears twice")
                try validate(unit, place: place, hasTargetLanguage: bundle.targetLanguage != nil)
            }
        }
    }

    /// Segments present, ids unique in the unit, sources not blank, targets and states
    /// consistent.
    private func validate(_ unit: XLIFFUnit, place: String, hasTargetLanguage: Bool) throws(XLIFFError) {
        let segments = unit.segments
        try require(!segments.isEmpty, "\(place) has no segments")
        var ids: Set<String> = []
        for segment in segments {
            let segmentPlace = "\(place), segment \(segment.id)"
            try require(Self.isNMToken(segment.id), "\(segmentPlace): the id is not an XML name token")
            try require(ids.insert(segment.id).inserted, "\(segmentPlace): the id appears twice in the unit")
            try require(
                segment.source.plainText.contains(where: { !$0.isWhitespace }), "\(segmentPlace): the source is empty")
            try require(
                segment.target == nil || hasTargetLanguage, "\(segmentPlace) has a target but the bundle has no target language")
            try require(
                segment.target != nil || (segment.state ?? .initial) == .initial,
                "\(segmentPlace): state \(segment.state?.name ?? "") needs a target")
            for (id, _) in segment.source.protectedSpans where version.isVersion2 {
                guard let id else { throw .invalidBundle("\(segmentPlace): a protected span has no id; XLIFF 2 needs one") }
                try require(Self.isNMToken(id), "\(segmentPlace): protected span id '\(id)' is not an XML name token")
                try require(ids.insert(id).inserted, "\(segmentPlace): id '\(id)' appears twice in the unit")
            }
        }
        if !version.isVersion2 {
            let withTargets = segments.filter { $0.target != nil }.count
            try require(
                withTargets == 0 || withTargets == segments.count,
                "\(place): only some segments have targets; XLIFF 1.2 keeps one target per unit")
        }
    }

    private func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws(XLIFFError) {
        if !condition { throw .invalidBundle(reason()) }
    }

    /// An XML `NMTOKEN`: letters, digits, `.`, `-`, `_`, `:` (and combining marks).
    static func isNMToken(_ string: String) -> Bool {
        !string.isEmpty
            && string.unicodeScalars.allSatisfy { scalar in
                let properties = scalar.properties
                return properties.isAlphabetic || properties.numericType == .decimal
                    || ".-_:".unicodeScalars.contains(scalar)
                    || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark
            }
    }
}
