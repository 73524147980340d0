// The only translation unit that sees ICU. See include/nsumm_icu.h for the contract.
#include "nsumm_icu.h"

#include "nsumm_bytes.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uregex.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

struct nsumm_sentence_breaker {
    UBreakIterator *iterator;
    UChar *units;        // the window being asked about, in UTF-16
    int32_t *origins;    // for each unit (and one past the end): its UTF-8 offset in the text
    int32_t capacity;    // of `units`; `origins` holds capacity + 1
};

static nsumm_sentence_breaker *breaker_wrap(UBreakIterator *iterator, int32_t *status) {
    nsumm_sentence_breaker *breaker = calloc(1, sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = NSUMM_ICU_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    *status = 0;
    return breaker;
}

nsumm_sentence_breaker *nsumm_sentence_breaker_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &error);
    if (U_FAILURE(error)) {
        *status = NSUMM_ICU_ERROR;
        return NULL;
    }
    return breaker_wrap(iterator, status);
}

nsumm_sentence_breaker *nsumm_sentence_breaker_clone(const nsumm_sentence_breaker *breaker,
                                                     int32_t *status) {
    if (breaker == NULL) {
        *status = NSUMM_ICU_INVALID_ARGUMENT;
        return NULL;
    }
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &error);
    if (U_FAILURE(error)) {
        *status = NSUMM_ICU_ERROR;
        return NULL;
    }
    return breaker_wrap(iterator, status);
}

void nsumm_sentence_breaker_close(nsumm_sentence_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker->units);
    free(breaker->origins);
    free(breaker);
}

static int reserve(nsumm_sentence_breaker *breaker, int32_t units) {
    if (units <= breaker->capacity) return 1;
    int32_t capacity = breaker->capacity < 256 ? 256 : breaker->capacity;
    while (capacity < units) {
        if (capacity > INT32_MAX / 2 - 1) return 0;
        capacity *= 2;
    }
    UChar *newUnits = realloc(breaker->units, (size_t)capacity * sizeof(UChar));
    if (newUnits == NULL) return 0;
    breaker->units = newUnits;
    int32_t *newOrigins = realloc(breaker->origins, ((size_t)capacity + 1) * sizeof(int32_t));
    if (newOrigins == NULL) return 0;
    breaker->origins = newOrigins;
    breaker->capacity = capacity;
    return 1;
}

static int is_line_separator(UChar32 c) {
    return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

// Appends text[start, end) to the breaker's UTF-16 buffer at unit `n`, line separators as
// spaces. Returns the new number of units, or -1 when memory runs out.
static int32_t append_window(nsumm_sentence_breaker *breaker, int32_t n, const uint8_t *text,
                             int32_t start, int32_t end) {
    // Every UTF-8 byte gives at most one UTF-16 unit.
    if (end - start > INT32_MAX - 1 - n || !reserve(breaker, n + (end - start))) return -1;
    int32_t i = start;
    while (i < end) {
        int32_t origin = i;
        UChar32 c;
        U8_NEXT(text, i, end, c);
        if (c < 0) c = 0xFFFD;
        if (is_line_separator(c)) c = 0x20;
        if (U_IS_BMP(c)) {
            breaker->origins[n] = origin;
            breaker->units[n++] = (UChar)c;
        } else {
            breaker->origins[n] = origin;
            breaker->units[n++] = U16_LEAD(c);
            breaker->origins[n] = origin;
            breaker->units[n++] = U16_TRAIL(c);
        }
    }
    breaker->origins[n] = end;
    return n;
}

// The paragraph separator: ICU always breaks after it, so windows put one after another with
// it in between are judged independently, as if each were a text of its own.
#define WINDOW_SEPARATOR 0x2029
#define SEPARATOR_ORIGIN (-1)

// Appends ICU's boundaries strictly inside the `units` loaded units to the `count` already in
// `boundaries`, leaving out the ones that only mark the start of a window. Only the appended
// boundaries (those from `first` on) are kept in order and free of repeats.
static int32_t collect(nsumm_sentence_breaker *breaker, int32_t units, int32_t *boundaries,
                       int32_t first, int32_t count, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, breaker->units, units, &error);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE && b < units;
         b = ubrk_next(breaker->iterator)) {
        if (b == 0 || breaker->origins[b - 1] == SEPARATOR_ORIGIN) continue;
        int32_t offset = breaker->origins[b];
        if (offset == SEPARATOR_ORIGIN) continue;
        if (count > first && boundaries[count - 1] >= offset) continue;
        if (count >= capacity) return NSUMM_ICU_BUFFER_TOO_SMALL;
        boundaries[count++] = offset;
    }
    return count;
}

static int32_t sentence_break_class(UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

static int is_terminator_class(int32_t sb) { return sb == U_SB_ATERM || sb == U_SB_STERM; }

static int is_letter_class(int32_t sb) {
    return sb == U_SB_OLETTER || sb == U_SB_UPPER || sb == U_SB_LOWER;
}

// Offset of the next sentence terminator at or after `i`, or `length`.
static int32_t next_terminator(const uint8_t *text, int32_t i, int32_t length) {
    while (i < length) {
        i = (int32_t)nsumm_find_terminator_candidate(text, i, length);
        if (i >= length) break;
        uint8_t byte = text[i];
        if (byte < 0x80) {
            if (byte == '.' || byte == '!' || byte == '?') return i;
            i++;
            continue;
        }
        int32_t at = i;
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c >= 0 && is_terminator_class(sentence_break_class(c))) return at;
    }
    return length;
}

// Offset just past the first letter after the terminator at `t` (or `length`): UAX #29 decides a
// break after a terminator from what lies between it and the next letter, that letter included.
static int32_t window_end(const uint8_t *text, int32_t t, int32_t length) {
    int32_t i = t;
    UChar32 c;
    U8_NEXT(text, i, length, c);  // the terminator itself
    while (i < length) {
        if (text[i] < 0x80) {
            // ASCII: only the letters are Upper or Lower, nothing is OLetter.
            uint8_t folded = text[i++] | 0x20;
            if (folded >= 'a' && folded <= 'z') return i;
            continue;
        }
        U8_NEXT(text, i, length, c);
        if (c >= 0 && is_letter_class(sentence_break_class(c))) return i;
    }
    return length;
}

// The length of the quotation mark or bracket at `i` (before `end`) that Unicode's sentence rules
// class as Close, or 0: `"`, `'`, `(`, `)`, `[`, `]`, and U+2018, U+2019, U+201C, U+201D
// (E2 80 98, 99, 9C, 9D).
static int32_t close_mark_length(const uint8_t *text, int32_t i, int32_t end) {
    uint8_t byte = text[i];
    if (byte == '"' || byte == '\'' || byte == '(' || byte == ')' || byte == '[' || byte == ']') return 1;
    if (byte == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] >= 0x98 && text[i + 2] <= 0x9D &&
        text[i + 2] != 0x9A && text[i + 2] != 0x9B)
        return 3;
    return 0;
}

// Where UAX #29 certainly breaks after the ASCII terminator at `t` (`.`, `!`, `?`), or -1 when
// ICU must be asked: the terminator, closing marks, one space or more, opening marks and an
// ASCII capital (`dia. Lalu`, `dia.” Lalu`, `dia. “Kami`, `dia. (Foto`). Then neither SB7 (no
// space), SB8 (a capital, not a lower-case letter, follows) nor SB8a applies, and SB11 breaks
// right after the spaces, before the opening marks. The commonest case by far.
static int32_t plain_break(const uint8_t *text, int32_t t, int32_t end) {
    if (text[t] >= 0x80) return -1;
    int32_t i = t + 1;
    for (int32_t mark; i < end && (mark = close_mark_length(text, i, end)) > 0;) i += mark;
    if (i >= end || text[i] != ' ') return -1;
    while (i < end && text[i] == ' ') i++;
    int32_t boundary = i;
    for (int32_t mark; i < end && (mark = close_mark_length(text, i, end)) > 0;) i += mark;
    return i < end && text[i] >= 'A' && text[i] <= 'Z' ? boundary : -1;
}

// Whether the terminator at `t` is a full stop right before an ASCII digit or lower-case letter
// (`2.500`, `detik.com`). UAX #29 never breaks there (SB6: ATerm × Numeric; SB8: ATerm × Lower),
// nor anywhere else before the next terminator: ICU need not be asked.
static int is_inner_full_stop(const uint8_t *text, int32_t t, int32_t length) {
    if (text[t] != '.' || t + 1 >= length) return 0;
    uint8_t next = text[t + 1];
    return (next >= '0' && next <= '9') || (next >= 'a' && next <= 'z');
}

// Whether what follows the ASCII terminator at `t` up to `end` is only terminators, each with
// its closing marks and then spaces (`kabur.` or `kabur.”` or `Ya?! ` at the end of a
// paragraph): UAX #29 keeps all of these with the terminators (SB8a, SB9, SB10), so the only
// break is at `end`, where the caller wants none, and ICU need not be asked. A closing mark after
// a space (`kabur. "`) or anything else (an ellipsis, which is no terminator) is a break ICU must
// place.
static int ends_range(const uint8_t *text, int32_t t, int32_t end) {
    if (text[t] >= 0x80) return 0;
    int afterSpace = 0;
    for (int32_t i = t + 1; i < end;) {
        uint8_t byte = text[i];
        if (byte == '.' || byte == '!' || byte == '?') {
            afterSpace = 0;
            i++;
        } else if (byte == ' ') {
            afterSpace = 1;
            i++;
        } else {
            int32_t mark = close_mark_length(text, i, end);
            if (mark == 0 || afterSpace) return 0;
            i += mark;
        }
    }
    return 1;
}

// Merges the ascending runs boundaries[0, middle) and boundaries[middle, count) (no offset in
// both) in place, with `scratch` (room for count - middle) holding a copy of the second run.
static void merge_runs(int32_t *boundaries, int32_t middle, int32_t count, int32_t *scratch) {
    int32_t second = count - middle;
    memcpy(scratch, boundaries + middle, (size_t)second * sizeof *scratch);
    int32_t i = middle - 1, j = second - 1, k = count - 1;
    while (j >= 0) {
        if (i >= 0 && boundaries[i] > scratch[j]) boundaries[k--] = boundaries[i--];
        else boundaries[k--] = scratch[j--];
    }
}

// Adds what ICU must judge in text[start, end) to the breaker's buffer (`units` units so far):
// plain breaks (plain_break) straight to boundaries[*plain], every other terminator's window
// after a separator. Returns the new number of units, or a negative status.
static int32_t load_range(nsumm_sentence_breaker *breaker, const uint8_t *text, int32_t start,
                          int32_t end, int32_t units, int32_t *boundaries, int32_t *plain,
                          int32_t capacity) {
    int32_t i = start;
    while (i < end) {
        int32_t t = next_terminator(text, i, end);
        if (t >= end) break;
        if (ends_range(text, t, end)) break;
        if (is_inner_full_stop(text, t, end)) {
            i = t + 1;
            continue;
        }
        int32_t boundary = plain_break(text, t, end);
        if (boundary >= 0) {
            if (*plain >= capacity) return NSUMM_ICU_BUFFER_TOO_SMALL;
            boundaries[(*plain)++] = boundary;
            i = boundary;  // the next terminator comes after the capital
            continue;
        }
        // One code point of left context: rule SB7 looks at the letter before a full stop.
        int32_t window_start = t;
        if (window_start > start) U8_BACK_1(text, start, window_start);
        int32_t window_stop = window_end(text, t, end);
        if (units > 0) {
            if (!reserve(breaker, units + 1)) return NSUMM_ICU_ERROR;
            breaker->origins[units] = SEPARATOR_ORIGIN;
            breaker->units[units++] = WINDOW_SEPARATOR;
        }
        units = append_window(breaker, units, text, window_start, window_stop);
        if (units < 0) return NSUMM_ICU_ERROR;
        i = window_stop;
    }
    return units;
}

int32_t nsumm_sentence_breaker_boundaries(nsumm_sentence_breaker *breaker, const uint8_t *text,
                                          const int32_t *ranges, int32_t range_count,
                                          int32_t *boundaries, int32_t capacity) {
    if (breaker == NULL || (ranges == NULL && range_count > 0) || range_count < 0 || capacity < 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    for (int32_t r = 0; r < range_count; r++) {
        int32_t start = ranges[2 * r], end = ranges[2 * r + 1];
        if (start < 0 || end < start || (r > 0 && start < ranges[2 * r - 1]) || (text == NULL && end > 0))
            return NSUMM_ICU_INVALID_ARGUMENT;
    }
    // Plain breaks go straight to `boundaries`. Every other window, of every range, goes into
    // one buffer, separated so that ICU judges each on its own, and ICU is asked once: one
    // setText for all the ranges instead of one per terminator or per range. The two ascending
    // runs are merged at the end.
    int32_t plain = 0;
    int32_t units = 0;
    for (int32_t r = 0; r < range_count; r++) {
        units = load_range(breaker, text, ranges[2 * r], ranges[2 * r + 1], units, boundaries, &plain,
                           capacity);
        if (units < 0) return units;
    }
    if (units == 0) return plain;
    int32_t count = collect(breaker, units, boundaries, plain, plain, capacity);
    // ICU's boundaries are at most one per unit, so `origins` (units + 1 entries, no longer
    // needed) has room for them.
    if (count > plain && plain > 0) merge_runs(boundaries, plain, count, breaker->origins);
    return count;
}

int32_t nsumm_sentence_breaker_boundaries_full(nsumm_sentence_breaker *breaker,
                                               const uint8_t *text, int32_t length,
                                               int32_t *boundaries, int32_t capacity) {
    if (breaker == NULL || (text == NULL && length > 0) || length < 0 || capacity < 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    int32_t units = append_window(breaker, 0, text, 0, length);
    if (units < 0) return NSUMM_ICU_ERROR;
    return collect(breaker, units, boundaries, 0, 0, capacity);
}

// Converts UTF-8 to a freshly allocated UTF-16 buffer; NULL on failure or invalid UTF-8.
static UChar *to_utf16(const uint8_t *text, int32_t length, int32_t *units) {
    UChar *buffer = malloc(((size_t)length + 1) * sizeof(UChar));
    if (buffer == NULL) return NULL;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8(buffer, length + 1, units, (const char *)text, length, &error);
    if (U_FAILURE(error)) {
        free(buffer);
        return NULL;
    }
    return buffer;
}

static int is_ascii(const uint8_t *text, int32_t length) {
    for (int32_t i = 0; i < length; i++)
        if (text[i] >= 0x80) return 0;
    return 1;
}

int32_t nsumm_utf8_is_nfc(const uint8_t *text, int32_t length) {
    if ((text == NULL && length > 0) || length < 0) return NSUMM_ICU_INVALID_ARGUMENT;
    // The quick check of UAX #15 straight on UTF-8: ASCII is always NFC; other characters need
    // NFC_Quick_Check=Yes and combining classes in canonical order. Only a "maybe" (rare) costs
    // the full check.
    int maybe = 0;
    uint8_t lastClass = 0;
    int32_t i = 0;
    while (i < length) {
        if (text[i] < 0x80) {
            lastClass = 0;
            i = (int32_t)nsumm_find_non_ascii_or_nul(text, i + 1, length);
            continue;
        }
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c < 0) return NSUMM_ICU_ERROR;
        uint8_t combiningClass = u_getCombiningClass(c);
        if (combiningClass != 0 && lastClass > combiningClass) return 0;
        int32_t check = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK);
        if (check == UNORM_NO) return 0;
        if (check == UNORM_MAYBE) maybe = 1;
        lastClass = combiningClass;
    }
    if (!maybe) return 1;
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    int32_t units = 0;
    UChar *buffer = to_utf16(text, length, &units);
    if (buffer == NULL) return NSUMM_ICU_ERROR;
    UBool normalized = unorm2_isNormalized(nfc, buffer, units, &error);
    free(buffer);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    return normalized ? 1 : 0;
}

// Normalises one segment (UTF-8 in, UTF-8 appended to output). Returns bytes written or < 0.
static int32_t normalize_segment(const UNormalizer2 *nfc, const uint8_t *segment, int32_t length,
                                 uint8_t *output, int32_t capacity) {
    int32_t units = 0;
    UChar *source = to_utf16(segment, length, &units);
    if (source == NULL) return NSUMM_ICU_ERROR;
    int32_t room = units * 4 + 8;
    UChar *normalized = malloc((size_t)room * sizeof(UChar));
    if (normalized == NULL) {
        free(source);
        return NSUMM_ICU_ERROR;
    }
    UErrorCode error = U_ZERO_ERROR;
    int32_t produced = unorm2_normalize(nfc, source, units, normalized, room, &error);
    free(source);
    if (U_FAILURE(error)) {
        free(normalized);
        return NSUMM_ICU_ERROR;
    }
    int32_t written = 0;
    error = U_ZERO_ERROR;
    u_strToUTF8((char *)output, capacity, &written, normalized, produced, &error);
    free(normalized);
    if (error == U_BUFFER_OVERFLOW_ERROR || written > capacity) return NSUMM_ICU_BUFFER_TOO_SMALL;
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    return written;
}

int32_t nsumm_utf8_to_nfc(const uint8_t *text, int32_t length, uint8_t *output, int32_t capacity,
                          int32_t *source_offsets) {
    if ((text == NULL && length > 0) || length < 0 || output == NULL || capacity < 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    int32_t written = 0;
    int32_t segmentStart = 0;
    while (segmentStart < length) {
        // A segment runs from one character with a normalisation boundary before it to the next.
        int32_t segmentEnd = segmentStart;
        UChar32 c;
        U8_NEXT(text, segmentEnd, length, c);
        if (c < 0) return NSUMM_ICU_ERROR;
        while (segmentEnd < length) {
            int32_t next = segmentEnd;
            U8_NEXT(text, next, length, c);
            if (c < 0) return NSUMM_ICU_ERROR;
            if (unorm2_hasBoundaryBefore(nfc, c)) break;
            segmentEnd = next;
        }
        int32_t produced = normalize_segment(nfc, text + segmentStart, segmentEnd - segmentStart,
                                             output + written, capacity - written);
        if (produced < 0) return produced;
        if (source_offsets != NULL)
            for (int32_t k = 0; k < produced; k++) source_offsets[written + k] = segmentStart;
        written += produced;
        segmentStart = segmentEnd;
    }
    return written;
}

int32_t nsumm_utf8_fold_case(const uint8_t *text, int32_t length, uint8_t *output,
                             int32_t capacity) {
    if ((text == NULL && length > 0) || length < 0 || output == NULL || capacity < 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    if (is_ascii(text, length)) {
        if (capacity < length) return NSUMM_ICU_BUFFER_TOO_SMALL;
        for (int32_t i = 0; i < length; i++) {
            uint8_t byte = text[i];
            output[i] = (byte >= 'A' && byte <= 'Z') ? (uint8_t)(byte + 32) : byte;
        }
        return length;
    }
    int32_t units = 0;
    UChar *source = to_utf16(text, length, &units);
    if (source == NULL) return NSUMM_ICU_ERROR;
    int32_t room = units * 3 + 8;
    UChar *folded = malloc((size_t)room * sizeof(UChar));
    if (folded == NULL) {
        free(source);
        return NSUMM_ICU_ERROR;
    }
    UErrorCode error = U_ZERO_ERROR;
    int32_t produced = u_strFoldCase(folded, room, source, units, U_FOLD_CASE_DEFAULT, &error);
    free(source);
    if (U_FAILURE(error)) {
        free(folded);
        return NSUMM_ICU_ERROR;
    }
    int32_t written = 0;
    error = U_ZERO_ERROR;
    u_strToUTF8((char *)output, capacity, &written, folded, produced, &error);
    free(folded);
    if (error == U_BUFFER_OVERFLOW_ERROR || written > capacity) return NSUMM_ICU_BUFFER_TOO_SMALL;
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    return written;
}

int32_t nsumm_detect_charset(const uint8_t *text, int32_t length, char *name, int32_t capacity) {
    if ((text == NULL && length > 0) || length < 0 || name == NULL || capacity <= 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    ucsdet_setText(detector, (const char *)text, length, &error);
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t confidence = NSUMM_ICU_ERROR;
    if (U_SUCCESS(error) && match != NULL) {
        const char *found = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && found != NULL) {
            strncpy(name, found, (size_t)capacity - 1);
            name[capacity - 1] = 0;
        } else {
            confidence = NSUMM_ICU_ERROR;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int32_t nsumm_convert_to_utf8(const char *charset, const uint8_t *text, int32_t length,
                              uint8_t *output, int32_t capacity, int32_t *error_offset) {
    if (charset == NULL || (text == NULL && length > 0) || length < 0 || output == NULL ||
        capacity < 0)
        return NSUMM_ICU_INVALID_ARGUMENT;
    UErrorCode error = U_ZERO_ERROR;
    UConverter *source = ucnv_open(charset, &error);
    if (U_FAILURE(error) || source == NULL)
        return NSUMM_ICU_UNKNOWN_CHARSET;
    UConverter *target = ucnv_open("UTF-8", &error);
    if (U_FAILURE(error)) {
        ucnv_close(source);
        return NSUMM_ICU_ERROR;
    }
    // Stop at the first byte the charset does not define instead of substituting U+FFFD.
    ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    char *out = (char *)output;
    const char *in = (const char *)text;
    UChar pivot[1024];
    UChar *pivotSource = pivot;
    UChar *pivotTarget = pivot;
    ucnv_convertEx(target, source, &out, (char *)output + capacity, &in, (const char *)text + length,
                   pivot, &pivotSource, &pivotTarget, pivot + 1024, 1, 1, &error);
    int32_t result = (int32_t)(out - (char *)output);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        result = NSUMM_ICU_BUFFER_TOO_SMALL;
    } else if (error == U_INVALID_CHAR_FOUND || error == U_ILLEGAL_CHAR_FOUND ||
               error == U_TRUNCATED_CHAR_FOUND) {
        // The converter has consumed the offending bytes; step back over them.
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(source, invalid, &invalidLength, &ignored);
        if (error_offset != NULL)
            *error_offset = (int32_t)(in - (const char *)text) - (U_SUCCESS(ignored) ? invalidLength : 0);
        result = NSUMM_ICU_INVALID_INPUT;
    } else if (U_FAILURE(error)) {
        result = NSUMM_ICU_ERROR;
    }
    ucnv_close(source);
    ucnv_close(target);
    return result;
}

struct nsumm_regex {
    URegularExpression *expression;
};

nsumm_regex *nsumm_regex_open(const uint8_t *pattern, int32_t length, int32_t *error_offset) {
    if (pattern == NULL || length < 0) return NULL;
    UErrorCode error = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, (const char *)pattern, length, &error);
    UParseError parse;
    URegularExpression *expression = uregex_openUText(&text, 0, &parse, &error);
    utext_close(&text);
    if (U_FAILURE(error)) {
        if (error_offset != NULL) *error_offset = parse.offset;
        uregex_close(expression);
        return NULL;
    }
    nsumm_regex *regex = malloc(sizeof *regex);
    if (regex == NULL) {
        uregex_close(expression);
        return NULL;
    }
    regex->expression = expression;
    return regex;
}

void nsumm_regex_close(nsumm_regex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->expression);
    free(regex);
}

int32_t nsumm_regex_prefix(const nsumm_regex *regex, const uint8_t *text, int32_t length) {
    if (regex == NULL || (text == NULL && length > 0) || length < 0) return NSUMM_ICU_INVALID_ARGUMENT;
    UErrorCode error = U_ZERO_ERROR;
    // Matching keeps state in the expression: work on a clone, so the template stays shareable.
    URegularExpression *matcher = uregex_clone(regex->expression, &error);
    if (U_FAILURE(error)) return NSUMM_ICU_ERROR;
    UText input = UTEXT_INITIALIZER;
    utext_openUTF8(&input, (const char *)text, length, &error);
    uregex_setUText(matcher, &input, &error);
    int32_t result = -1;
    if (U_SUCCESS(error) && uregex_lookingAt64(matcher, 0, &error) && U_SUCCESS(error)) {
        // With a UTF-8 UText, native indexes are byte offsets.
        int64_t end = uregex_end64(matcher, 0, &error);
        result = U_SUCCESS(error) ? (int32_t)end : NSUMM_ICU_ERROR;
    } else if (U_FAILURE(error)) {
        result = NSUMM_ICU_ERROR;
    }
    uregex_close(matcher);
    utext_close(&input);
    return result;
}
