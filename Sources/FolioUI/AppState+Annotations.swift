import FolioCore
import Foundation

/// Highlights, notes, tags, colors, deletion and undo. Every change is shown at once, kept as
/// pending, and handed to the effect handler as a save or delete effect; only its answer makes
/// the status say "Saved", and a failure puts the annotation back as it was.
extension AppState {
    mutating func applyAnnotationAction(_ action: Action) -> [Effect] {
        switch action {
        case .highlight, .setColor, .editNote, .editTags, .deleteHighlight, .reattach:
            // An opening's offsets are not yet the whole text's, and its annotations are not loaded.
            guard openedArticle?.content != .opening else {
                statusMessage = "Still reading the whole article; try again in a moment"
                return []
            }
        default:
            break
        }
        switch action {
        case .highlight: return highlight()
        case .setColor(let color): return setColor(color)
        case .editNote: openEditor(.note)
        case .editTags: openEditor(.tags)
        case .editorCommit: return commitEditor()
        case .deleteHighlight: return deleteTarget()
        case .undo: return undo()
        case .redo: return redo()
        case .toggleDetectedQuotations:
            showsDetectedQuotations.toggle()
            sidebarSelection = 0
            sidebarTop = 0
            statusMessage = showsDetectedQuotations ? "Showing unhighlighted quotations" : "Hiding unhighlighted quotations"
        case .reattach: return reattach()
        case .annotationsLoaded(let articleID, let loaded):
            annotations[articleID] = loaded
            highlightCounts[articleID] = loaded.count
            keepSidebarSelectionVisible()
            let orphans = loaded.filter(\.isOrphaned).count
            if orphans > 0, articleID == openedArticle?.id {
                statusMessage = orphans == 1
                    ? "1 annotation lost its place in the text; see Orphaned in the sidebar"
                    : "\(orphans) annotations lost their place in the text; see Orphaned in the sidebar"
            }
        case .annotationsLoadFailed(_, let reason):
            statusMessage = "Could not load annotations: \(reason)"
        case .highlightCountsLoaded(let counts):
            for article in articles where annotations[article.id] == nil {
                highlightCounts[article.id] = counts[article.id] ?? 0
            }
        case .persisted(let id):
            guard let index = pendingChanges.firstIndex(where: { $0.applied.annotationID == id }) else { break }
            pendingChanges.remove(at: index)
            statusMessage = pendingChanges.isEmpty ? "Saved" : "Saving…"
        case .persistFailed(let id, let reason):
            rollBack(id, reason: reason)
        default:
            break
        }
        return []
    }

    // MARK: What a command acts on

    /// The annotations of the open article.
    var openAnnotations: [Annotation] {
        openedArticle.flatMap { annotations[$0.id] } ?? []
    }

    /// The highlight a command acts on: the one under the reader's cursor (the exact unit
    /// first, else the first overlapping it), or the one selected in the sidebar.
    var targetAnnotation: Annotation? {
        switch focus {
        case .reader:
            guard let cursor, !rawMode else { return nil }
            let placed = openAnnotations.filter { !$0.isOrphaned }
            let range = cursor.range
            return placed.first { $0.anchor.position.start == range.lowerBound && $0.anchor.position.end == range.upperBound }
                ?? placed.first { $0.anchor.position.start < range.upperBound && range.lowerBound < $0.anchor.position.end }
        case .sidebar:
            let entries = sidebarEntries
            return entries.indices.contains(sidebarSelection) ? entries[sidebarSelection].annotation : nil
        case .list:
            return nil
        }
    }

    private var noTargetMessage: String {
        focus == .sidebar ? "Select a highlight in the list first" : "No highlight under the cursor"
    }

    // MARK: Commands

    private mutating func highlight() -> [Effect] {
        guard let article = openedArticle, article.loadError == nil else { return [] }
        let range: Range<Int>
        var speaker: String?
        switch focus {
        case .list:
            return []
        case .sidebar:
            let entries = sidebarEntries
            guard entries.indices.contains(sidebarSelection), case .detected(let index) = entries[sidebarSelection] else {
                statusMessage = "Already highlighted; choose an unhighlighted quotation (d shows them)"
                return []
            }
            let quotation = article.quotations[index]
            range = quotation.start..<quotation.end
            speaker = quotation.speaker
        case .reader:
            guard !rawMode else {
                statusMessage = "Highlighting works in the cleaned text; r leaves the raw view"
                return []
            }
            if let selection {
                range = selection.range
                self.selection = nil
            } else if let cursor {
                range = cursor.range
                if case .quotation(let index) = cursor.kind { speaker = article.quotations[index].speaker }
            } else {
                statusMessage = "Move to a quotation (]) or a sentence ()) first, or select with v"
                return []
            }
        }
        guard !range.isEmpty else { return [] }
        if openAnnotations.contains(where: { !$0.isOrphaned && $0.anchor.position.start == range.lowerBound && $0.anchor.position.end == range.upperBound }) {
            statusMessage = "Already highlighted"
            return []
        }
        guard let units = articleUnits() else { return [] }
        var annotation = Highlighter().annotation(
            anchoredAt: units.anchor(for: range), in: article, style: HighlightStyle(speaker: speaker), now: clock()
        )
        annotation.id = makeID()
        return change(AnnotationChange(articleID: article.id, before: nil, after: annotation), verb: "Highlighted")
    }

    private mutating func setColor(_ color: HighlightColor) -> [Effect] {
        guard let target = targetAnnotation, let article = openedArticle else {
            statusMessage = noTargetMessage
            return []
        }
        guard target.color != color else {
            statusMessage = "Already \(color.name)"
            return []
        }
        var updated = target
        updated.color = color
        updated.modified = clock()
        return change(AnnotationChange(articleID: article.id, before: target, after: updated), verb: "Colored \(color.name)")
    }

    private mutating func openEditor(_ field: AnnotationFieldEditor.Field) {
        guard let target = targetAnnotation, let article = openedArticle else {
            statusMessage = noTargetMessage
            return
        }
        let text = field == .note ? target.note : target.tags.joined(separator: ", ")
        editor = AnnotationFieldEditor(annotationID: target.id, articleID: article.id, field: field, line: LineEditor(text: text))
    }

    mutating func edit(_ action: Action) {
        guard var current = editor else { return }
        switch action {
        case .editorInsert(let character): current.line.insert(character)
        case .editorLeft: current.line.moveLeft()
        case .editorRight: current.line.moveRight()
        case .editorHome: current.line.moveHome()
        case .editorEnd: current.line.moveEnd()
        case .editorBackspace: current.line.backspace()
        case .editorDelete: current.line.deleteForward()
        case .editorClear: current.line.clear()
        case .editorCancel:
            editor = nil
            statusMessage = "\(current.field.label) not changed"
            return
        default: break
        }
        editor = current
    }

    private mutating func commitEditor() -> [Effect] {
        guard let current = editor else { return [] }
        editor = nil
        guard let target = annotations[current.articleID]?.first(where: { $0.id == current.annotationID }) else {
            statusMessage = "The highlight is gone; \(current.field.label.lowercased()) not saved"
            return []
        }
        var updated = target
        switch current.field {
        case .note: updated.note = current.line.text.trimmingCharacters(in: .whitespaces)
        case .tags: updated.tags = AnnotationFieldEditor.tags(from: current.line.text)
        }
        guard updated != target else {
            statusMessage = "\(current.field.label) not changed"
            return []
        }
        updated.modified = clock()
        return change(AnnotationChange(articleID: current.articleID, before: target, after: updated),
                      verb: current.field == .note ? "Note set" : "Tags set")
    }

    private mutating func deleteTarget() -> [Effect] {
        guard let target = targetAnnotation, let article = openedArticle else {
            statusMessage = noTargetMessage
            return []
        }
        return change(AnnotationChange(articleID: article.id, before: target, after: nil), verb: "Deleted (u undoes)")
    }

    private mutating func reattach() -> [Effect] {
        let entries = sidebarEntries
        guard entries.indices.contains(sidebarSelection), case .orphan(let orphan) = entries[sidebarSelection],
              let article = openedArticle, let units = articleUnits() else {
            statusMessage = "Select an orphaned annotation in the sidebar first"
            return []
        }
        guard let range = selection?.range ?? cursor?.range else {
            statusMessage = "Select the new place in the reader first (v), then press R here"
            return []
        }
        var updated = orphan
        updated.anchor = units.anchor(for: range)
        updated.anchoring = .exact
        updated.articlePath = article.relativePath
        updated.articleFingerprint = article.fingerprint
        updated.modified = clock()
        selection = nil
        return change(AnnotationChange(articleID: article.id, before: orphan, after: updated), verb: "Re-attached")
    }

    private mutating func undo() -> [Effect] {
        guard let entry = history.popUndo() else {
            statusMessage = "Nothing to undo"
            return []
        }
        history.pushRedo(entry)
        return perform(entry.change.reversed, origin: .undo, entry: entry, verb: "Undone")
    }

    private mutating func redo() -> [Effect] {
        guard let entry = history.popRedo() else {
            statusMessage = "Nothing to redo"
            return []
        }
        history.pushUndo(entry)
        return perform(entry.change, origin: .redo, entry: entry, verb: "Redone")
    }

    // MARK: Changing, pending, rolling back

    /// A new change by the user: recorded for undo, then performed.
    private mutating func change(_ change: AnnotationChange, verb: String) -> [Effect] {
        let entry = UndoHistory.Entry(serial: nextSerial, change: change)
        nextSerial += 1
        history.record(entry)
        return perform(change, origin: .edit, entry: entry, verb: verb)
    }

    private mutating func perform(_ change: AnnotationChange, origin: PendingChange.Origin,
                                  entry: UndoHistory.Entry, verb: String) -> [Effect] {
        guard let effect = change.effect else { return [] }
        store(change.after, replacing: change.before, in: change.articleID)
        pendingChanges.append(PendingChange(applied: change, origin: origin, entry: entry))
        statusMessage = "\(verb) · saving…"
        return [effect]
    }

    /// Puts `annotation` in place of `old` (by id) in the article's annotations; nil removes.
    private mutating func store(_ annotation: Annotation?, replacing old: Annotation?, in articleID: String) {
        // Taken out of the dictionary so it is changed in place rather than copied whole.
        var list = annotations.removeValue(forKey: articleID) ?? []
        let id = (annotation ?? old)?.id
        if let index = list.firstIndex(where: { $0.id == id }) {
            if let annotation { list[index] = annotation } else { list.remove(at: index) }
        } else if let annotation {
            list.append(annotation)
        }
        annotations[articleID] = list
        highlightCounts[articleID] = list.count
        keepSidebarSelectionVisible()
    }

    /// The handler could not keep the oldest pending change of annotation `id`: restore the
    /// annotation as it was before it, drop later pending changes built on it, and put the
    /// history back so undo and redo still match what is stored.
    private mutating func rollBack(_ id: UUID, reason: String) {
        guard let index = pendingChanges.firstIndex(where: { $0.applied.annotationID == id }) else {
            statusMessage = "Not saved: \(reason)"
            return
        }
        let failed = pendingChanges[index]
        pendingChanges.removeAll { $0.applied.annotationID == id }
        store(failed.applied.before, replacing: failed.applied.after, in: failed.applied.articleID)
        switch failed.origin {
        case .edit:
            history.removeUndo(serial: failed.entry.serial)
        case .undo:
            history.removeRedo(serial: failed.entry.serial)
            history.pushUndo(failed.entry)
        case .redo:
            history.removeUndo(serial: failed.entry.serial)
            history.pushRedo(failed.entry)
        }
        statusMessage = "Not saved: \(reason). The change was taken back."
    }
}
