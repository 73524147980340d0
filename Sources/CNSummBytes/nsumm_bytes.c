// See include/nsumm_bytes.h. Each search runs a SIMD loop that only tells whether a 16-byte
// block holds a match (and where, from the movemask), then a plain loop for the tail.
#include "nsumm_bytes.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define NSUMM_SIMD 1
#endif

static inline int is_line_break_candidate(uint8_t byte) {
    return (byte >= 0x0A && byte <= 0x0D) || byte == 0xC2 || byte == 0xE2;
}

#ifdef NSUMM_SIMD
// Lanes whose unsigned byte lies in [low, high], as a comparison mask.
static inline __m128i in_range(__m128i chunk, uint8_t low, uint8_t high) {
    // Shift by 0x80 so that signed comparisons order unsigned bytes.
    const __m128i bias = _mm_set1_epi8((char)0x80);
    __m128i shifted = _mm_xor_si128(chunk, bias);
    __m128i lower = _mm_set1_epi8((char)(low ^ 0x80));
    __m128i upper = _mm_set1_epi8((char)(high ^ 0x80));
    return _mm_andnot_si128(
        _mm_or_si128(_mm_cmplt_epi8(shifted, lower), _mm_cmpgt_epi8(shifted, upper)),
        _mm_set1_epi8((char)0xFF));
}

static inline int first_bit(int mask) { return __builtin_ctz((unsigned)mask); }
#endif

int64_t nsumm_find_non_ascii_or_nul(const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= end; i += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
        int mask = _mm_movemask_epi8(chunk) | _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, zero));
        if (mask) return i + first_bit(mask);
    }
#endif
    for (; i < end; i++)
        if (text[i] >= 0x80 || text[i] == 0) return i;
    return end;
}

int64_t nsumm_find_line_break_candidate(const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 16 <= end; i += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
        __m128i hits = _mm_or_si128(
            in_range(chunk, 0x0A, 0x0D),
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8((char)0xC2)),
                         _mm_cmpeq_epi8(chunk, _mm_set1_epi8((char)0xE2))));
        int mask = _mm_movemask_epi8(hits);
        if (mask) return i + first_bit(mask);
    }
#endif
    for (; i < end; i++)
        if (is_line_break_candidate(text[i])) return i;
    return end;
}

int64_t nsumm_find_terminator_candidate(const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 16 <= end; i += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
        __m128i hits = _mm_or_si128(
            _mm_cmpeq_epi8(chunk, _mm_set1_epi8('.')),
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('!')),
                         _mm_cmpeq_epi8(chunk, _mm_set1_epi8('?'))));
        int mask = _mm_movemask_epi8(hits) | _mm_movemask_epi8(chunk);
        if (mask) return i + first_bit(mask);
    }
#endif
    for (; i < end; i++) {
        uint8_t byte = text[i];
        if (byte == '.' || byte == '!' || byte == '?' || byte >= 0x80) return i;
    }
    return end;
}

static inline int is_lower(uint8_t byte) { return byte >= 'a' && byte <= 'z'; }

// Whether the capitalised word at `i` ([A-Z][a-z]*, perhaps with a comma) is followed by a space
// and a lower-case letter before `end`: this rules out most names (`Joko Widodo`) in C, before
// the caller looks at words.
static inline int lowercase_follows_word(const uint8_t *text, int64_t i, int64_t end) {
    int64_t j = i + 1;
    while (j < end && is_lower(text[j])) j++;
    if (j < end && text[j] == ',') j++;
    return j + 1 < end && text[j] == ' ' && is_lower(text[j + 1]);
}

// Whether `byte` can be the last byte of a sentence: '.', '!', '?', '"', or the last byte of
// U+201D or U+2026 (0x9D, 0xA6).
static inline int ends_sentence_byte(uint8_t byte) {
    return byte == '.' || byte == '!' || byte == '?' || byte == '"' || byte == 0x9D || byte == 0xA6;
}

// The byte at `i` is where the candidate test of the SIMD loop passed; finish the test (a
// capital and a bracket need more).
static inline int confirms_opening(const uint8_t *text, int64_t i, int64_t end) {
    uint8_t byte = text[i];
    if (byte == '(' || byte == '[') return ends_sentence_byte(text[i - 2]);
    return byte < 'A' || byte > 'Z' || lowercase_follows_word(text, i, end);
}

static inline int opens_unpunctuated(const uint8_t *text, int64_t i) {
    uint8_t byte = text[i];
    if (text[i - 1] != ' ') return 0;
    uint8_t before = text[i - 2];
    if ((byte >= 'A' && byte <= 'Z') || byte == '"' || byte == 0xE2)
        return is_lower(before) || (before >= '0' && before <= '9') || before >= 0x80;
    if (byte == '(' || byte == '[') return 1;
    return ((byte >= '0' && byte <= '9') || is_lower(byte)) && before == '.';
}

int64_t nsumm_find_unpunctuated_opening(const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 16 <= end; i += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
        __m128i space = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(text + i - 1)), _mm_set1_epi8(' '));
        __m128i before = _mm_loadu_si128((const __m128i *)(text + i - 2));
        // A capital or an opening quote ('"' or the lead byte of U+201C) after
        // "<lower|digit|non-ASCII> ", a digit or lower-case letter after ". ", or an opening
        // bracket after a space that follows a sentence's last byte.
        __m128i capital = _mm_and_si128(space, _mm_or_si128(in_range(chunk, 'A', 'Z'),
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')), _mm_cmpeq_epi8(chunk, _mm_set1_epi8((char)0xE2)))));
        // (What comes before a bracket is checked by confirms_opening: brackets are rare.)
        __m128i bracket = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('(')), _mm_cmpeq_epi8(chunk, _mm_set1_epi8('[')));
        __m128i afterStop = _mm_and_si128(space, _mm_or_si128(bracket,
            _mm_and_si128(_mm_cmpeq_epi8(before, _mm_set1_epi8('.')),
                _mm_or_si128(in_range(chunk, '0', '9'), in_range(chunk, 'a', 'z')))));
        // Most blocks of news text have none of these.
        if (!_mm_movemask_epi8(_mm_or_si128(capital, afterStop))) continue;
        __m128i lowerOrDigit = _mm_or_si128(
            _mm_or_si128(in_range(before, 'a', 'z'), in_range(before, '0', '9')), in_range(before, 0x80, 0xFF));
        capital = _mm_and_si128(capital, lowerOrDigit);
        int mask = _mm_movemask_epi8(_mm_or_si128(capital, afterStop));
        for (; mask; mask &= mask - 1)
            if (confirms_opening(text, i + first_bit(mask), end)) return i + first_bit(mask);
    }
#endif
    for (; i < end; i++)
        if (opens_unpunctuated(text, i) && confirms_opening(text, i, end)) return i;
    return end;
}

int64_t nsumm_count_scalars(const uint8_t *text, int64_t start, int64_t end) {
    int64_t count = 0;
    int64_t i = start;
#ifdef NSUMM_SIMD
    // A continuation byte is 10xxxxxx: as a signed byte, below (char)0xC0 = -64.
    const __m128i lead = _mm_set1_epi8((char)0xC0);
    for (; i + 16 <= end; i += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
        int continuation = _mm_movemask_epi8(_mm_cmplt_epi8(chunk, lead));
        count += 16 - __builtin_popcount((unsigned)continuation);
    }
#endif
    for (; i < end; i++)
        if ((text[i] & 0xC0) != 0x80) count++;
    return count;
}
