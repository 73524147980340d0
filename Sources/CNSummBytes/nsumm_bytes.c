// See include/nsumm_bytes.h. Each search runs a SIMD loop that only tells whether a 32-byte
// block holds a match (and where, from the movemask), then a plain loop for the tail (the
// unpunctuated-opening search ends on an overlapping block instead). Each has an AVX2 build,
// taken where the CPU has AVX2, and a default build that does a block in two SSE2 halves.
#include "nsumm_bytes.h"

#include <string.h>

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

// Thirty-two bytes as one vector (Clang's vector extensions): two SSE2 registers in the default
// build of a function, one AVX2 register in its AVX2 build. The helpers that
// take and return these are inlined, so no call passes one: the warning about the AVX calling
// convention does not apply.
#pragma clang diagnostic ignored "-Wpsabi"
typedef uint8_t bytes32 __attribute__((vector_size(32)));
typedef int8_t mask32 __attribute__((vector_size(32)));
typedef int8_t mask16 __attribute__((vector_size(16)));

static inline bytes32 load32(const uint8_t *text) {
    bytes32 vector;
    memcpy(&vector, text, sizeof vector);
    return vector;
}

static inline mask32 equal32(bytes32 vector, uint8_t byte) { return (mask32)(vector == byte); }

// Lanes whose byte lies in [low, high].
static inline mask32 within32(bytes32 vector, uint8_t low, uint8_t high) {
    return (mask32)((bytes32)(vector - low) <= (uint8_t)(high - low));
}

static inline uint32_t movemask32(mask32 mask) {
    mask16 low = __builtin_shufflevector(mask, mask, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    mask16 high = __builtin_shufflevector(mask, mask, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
    return (uint32_t)_mm_movemask_epi8((__m128i)low) | (uint32_t)_mm_movemask_epi8((__m128i)high) << 16;
}
#endif

// A byte search: `name`_body holds the search, inlined into a default build and an AVX2 build
// of it; `name` picks the AVX2 build where the CPU has AVX2, asked at each call (a load and a
// test) rather than through an ifunc: an ifunc resolver runs before the sanitizers' runtimes
// start and crashes them.
#ifdef NSUMM_SIMD
#define NSUMM_BYTE_SEARCH(name)                                                                 \
    __attribute__((target("avx2"))) static int64_t name##_avx2(                                 \
        const uint8_t *text, int64_t start, int64_t end) {                                      \
        return name##_body(text, start, end);                                                   \
    }                                                                                           \
    int64_t name(const uint8_t *text, int64_t start, int64_t end) {                             \
        if (__builtin_cpu_supports("avx2")) return name##_avx2(text, start, end);               \
        return name##_body(text, start, end);                                                   \
    }
#else
#define NSUMM_BYTE_SEARCH(name)                                                                 \
    int64_t name(const uint8_t *text, int64_t start, int64_t end) { return name##_body(text, start, end); }
#endif

static inline __attribute__((always_inline)) int64_t nsumm_find_non_ascii_or_nul_body(
    const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 32 <= end; i += 32) {
        bytes32 chunk = load32(text + i);
        uint32_t mask = movemask32(within32(chunk, 0x80, 0xFF) | equal32(chunk, 0));
        if (mask) return i + __builtin_ctz(mask);
    }
#endif
    for (; i < end; i++)
        if (text[i] >= 0x80 || text[i] == 0) return i;
    return end;
}
NSUMM_BYTE_SEARCH(nsumm_find_non_ascii_or_nul)

static inline __attribute__((always_inline)) int64_t nsumm_find_line_break_candidate_body(
    const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 32 <= end; i += 32) {
        bytes32 chunk = load32(text + i);
        uint32_t mask = movemask32(within32(chunk, 0x0A, 0x0D) | equal32(chunk, 0xC2) | equal32(chunk, 0xE2));
        if (mask) return i + __builtin_ctz(mask);
    }
#endif
    for (; i < end; i++)
        if (is_line_break_candidate(text[i])) return i;
    return end;
}
NSUMM_BYTE_SEARCH(nsumm_find_line_break_candidate)

static inline __attribute__((always_inline)) int64_t nsumm_find_terminator_candidate_body(
    const uint8_t *text, int64_t start, int64_t end) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 32 <= end; i += 32) {
        bytes32 chunk = load32(text + i);
        uint32_t mask = movemask32(
            equal32(chunk, '.') | equal32(chunk, '!') | equal32(chunk, '?') | within32(chunk, 0x80, 0xFF));
        if (mask) return i + __builtin_ctz(mask);
    }
#endif
    for (; i < end; i++) {
        uint8_t byte = text[i];
        if (byte == '.' || byte == '!' || byte == '?' || byte >= 0x80) return i;
    }
    return end;
}
NSUMM_BYTE_SEARCH(nsumm_find_terminator_candidate)

static inline int is_lower(uint8_t byte) { return byte >= 'a' && byte <= 'z'; }

// The length of the capitalised word at `i` ([A-Z][a-z]*) before `end`: sixteen bytes at once
// where sixteen follow the capital.
static inline int64_t capitalised_word_length(const uint8_t *text, int64_t i, int64_t end) {
#ifdef NSUMM_SIMD
    if (i + 17 <= end) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i + 1));
        unsigned lower = (unsigned)_mm_movemask_epi8(in_range(chunk, 'a', 'z'));
        if (lower != 0xFFFF) return 1 + __builtin_ctz(~lower);
    }
#endif
    int64_t j = i + 1;
    while (j < end && is_lower(text[j])) j++;
    return j - i;
}

// Whether the word of `length` bytes at `i`, perhaps with a comma, is followed by a space and a
// lower-case letter or a digit before `end`: this rules out most names (`Joko Widodo`) in C,
// before the caller looks at words.
static inline int lowercase_or_number_follows(const uint8_t *text, int64_t i, int64_t length, int64_t end) {
    int64_t j = i + length;
    if (j < end && text[j] == ',') j++;
    return j + 1 < end && text[j] == ' ' && (is_lower(text[j + 1]) || (text[j + 1] >= '0' && text[j + 1] <= '9'));
}

// Whether `byte` can be the last byte of a sentence: '.', '!', '?', '"', or the last byte of
// U+201D or U+2026 (0x9D, 0xA6).
static inline int ends_sentence_byte(uint8_t byte) {
    return byte == '.' || byte == '!' || byte == '?' || byte == '"' || byte == 0x9D || byte == 0xA6;
}

// Whether `byte` can be the last byte of a closing double quotation mark: '"', or the last byte
// of U+201D (0x9D).
static inline int closes_quotation_byte(uint8_t byte) { return byte == '"' || byte == 0x9D; }

// The hash of a word of at most sixteen bytes packed into two integers, first byte lowest,
// zeros after its end.
static inline uint64_t packed_word_hash(uint64_t low, uint64_t high) {
    uint64_t mixed = (low ^ (high * 0x9E3779B97F4A7C15u)) * 0xD6E8FEB86659FD93u;
    return mixed ^ (mixed >> 29);
}

uint64_t nsumm_word_filter_hash(const uint8_t *word, int64_t length) {
    // Little-endian, as the scan's loads are (x86-64, AArch64).
    uint8_t packed[16] = {0};
    for (int64_t i = 0; i < length && i < 16; i++)
        packed[i] = word[i] >= 'A' && word[i] <= 'Z' ? word[i] | 0x20 : word[i];
    uint64_t low, high;
    memcpy(&low, packed, 8);
    memcpy(&high, packed + 8, 8);
    return packed_word_hash(low, high);
}

// A mask of the first `count` bytes (at most eight) of a little-endian 64-bit load.
static inline uint64_t first_bytes_mask(int64_t count) {
    return count >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * count)) - 1;
}

// Whether `filter` may hold the capitalised word of `length` bytes at `i` (a capital, then
// lower-case letters; at most sixteen bytes, and sixteen readable from `i`): both its bits are
// set.
static inline int filter_may_hold(const uint64_t *filter, const uint8_t *text, int64_t i, int64_t length) {
    uint64_t low, high;
    memcpy(&low, text + i, 8);
    memcpy(&high, text + i + 8, 8);
    low = (low & first_bytes_mask(length)) | 0x20;
    high &= first_bytes_mask(length > 8 ? length - 8 : 0);
    uint64_t hash = packed_word_hash(low, high);
    uint32_t first = (uint32_t)hash & 16383, second = (uint32_t)(hash >> 32) & 16383;
    return (filter[first >> 6] >> (first & 63) & 1) && (filter[second >> 6] >> (second & 63) & 1);
}

// Whether the opening bracket at `i` follows what can end a sentence: glued to a full stop
// (`kabur.(nas/ugo)`), or after a space or a line break that follows one (`kabur. (nas)`,
// `kabur.` ⏎ `(nas)`, CRLF included). Reads back at most three bytes, never before `text`.
static inline int follows_sentence_end(const uint8_t *text, int64_t i) {
    uint8_t previous = text[i - 1];
    if (previous == '.') return 1;
    if (previous == '\n' && text[i - 2] == '\r') return i >= 3 && ends_sentence_byte(text[i - 3]);
    return (previous == ' ' || previous == '\n') && ends_sentence_byte(text[i - 2]);
}

// Whether the word after the capitalised word that ends at `j` (a space, then lower-case
// letters) is one `followers` may hold: no longer than `longest` bytes, and in the filter;
// a word too near `end` to read sixteen bytes passes.
static inline __attribute__((always_inline)) int precedes_follower(
    const uint8_t *text, int64_t j, int64_t end, const uint64_t *followers, int64_t longest) {
    if (!followers || j + 1 >= end || text[j] != ' ') return 0;
    int64_t k = j + 1, length = 0;
    // Most words are longer than any follower: one byte tells.
    if (k + longest < end && is_lower(text[k + longest])) return 0;
    while (length < longest && k + length < end && is_lower(text[k + length])) length++;
    if (length == 0) return 0;
    return k + 16 > end || filter_may_hold(followers, text, k, length);
}

// The byte at `i` is where the candidate test of the SIMD loop passed; finish the test (a
// capital and a bracket need more). A capital after a closing quotation mark may start the
// next sentence whatever follows it (`… dijarah" Jan Gelfand, …`): the caller decides. After
// an ASCII word, only a word `filter` may hold starts one, or a word before one that
// `followers` may hold: most are names (`di Jakarta pada`).
static inline int confirms_opening(const uint8_t *text, int64_t i, int64_t end, const uint64_t *filter,
    const uint64_t *followers, int64_t followers_longest) {
    uint8_t byte = text[i];
    if (byte == '(' || byte == '[') return follows_sentence_end(text, i);
    if (byte < 'A' || byte > 'Z' || closes_quotation_byte(text[i - 2])) return 1;
    int64_t length = capitalised_word_length(text, i, end);
    if (!lowercase_or_number_follows(text, i, length, end)) return 0;
    uint8_t before = text[i - 2];
    if (!filter || !(is_lower(before) || (before >= '0' && before <= '9'))) return 1;
    // Words too long for the filter, or too near the end to read sixteen bytes, pass.
    return length > 16 || i + 16 > end || filter_may_hold(filter, text, i, length)
        || precedes_follower(text, i + length, end, followers, followers_longest);
}

static inline int opens_unpunctuated(const uint8_t *text, int64_t i) {
    uint8_t byte = text[i];
    if (byte == '(' || byte == '[') return text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '.';
    if (text[i - 1] != ' ') return 0;
    uint8_t before = text[i - 2];
    if ((byte >= 'A' && byte <= 'Z') || byte == '"' || byte == 0xE2)
        return is_lower(before) || (before >= '0' && before <= '9') || before >= 0x80 || before == '"';
    return ((byte >= '0' && byte <= '9') || is_lower(byte)) && before == '.';
}

#ifdef NSUMM_SIMD
// One bit for each of the 32 bytes at `i` where the SIMD part of the opening test passes: a
// capital or an opening quote ('"' or the lead byte of U+201C) after "<lower|digit|non-ASCII|"> ",
// a digit or lower-case letter after ". ", or an opening bracket after a space, a line break or
// a full stop (what comes before it is checked by confirms_opening: brackets are rare).
static inline uint32_t opening_candidates(const uint8_t *text, int64_t i) {
    bytes32 chunk = load32(text + i);
    bytes32 before = load32(text + i - 2);
    bytes32 previous = load32(text + i - 1);
    mask32 space = equal32(previous, ' ');
    mask32 capital = space & (within32(chunk, 'A', 'Z') | equal32(chunk, '"') | equal32(chunk, 0xE2));
    mask32 bracket = (equal32(chunk, '(') | equal32(chunk, '['))
        & (space | equal32(previous, '\n') | equal32(previous, '.'));
    mask32 afterStop = bracket | (space & equal32(before, '.') & (within32(chunk, '0', '9') | within32(chunk, 'a', 'z')));
    // Most blocks of news text have none of these.
    if (!movemask32(capital | afterStop)) return 0;
    mask32 wordBefore = within32(before, 'a', 'z') | within32(before, '0', '9') | within32(before, 0x80, 0xFF)
        | equal32(before, '"');
    return movemask32((capital & wordBefore) | afterStop);
}

// The first candidate of `mask` (bits for the bytes from `base` on) that the full test confirms,
// or -1.
static inline int64_t first_confirmed(const uint8_t *text, int64_t base, uint32_t mask, int64_t end,
    const uint64_t *filter, const uint64_t *followers, int64_t followers_longest) {
    for (; mask; mask &= mask - 1) {
        int64_t i = base + __builtin_ctz(mask);
        if (confirms_opening(text, i, end, filter, followers, followers_longest)) return i;
    }
    return -1;
}
#endif

// The search, inlined into the two builds below.
static inline __attribute__((always_inline)) int64_t find_opening(
    const uint8_t *text, int64_t start, int64_t end, const uint64_t *filter, const uint64_t *followers,
    int64_t followers_longest) {
    int64_t i = start;
#ifdef NSUMM_SIMD
    for (; i + 32 <= end; i += 32) {
        int64_t found = first_confirmed(text, i, opening_candidates(text, i), end, filter, followers, followers_longest);
        if (found >= 0) return found;
    }
    // The rest: the last 32 bytes before `end`, less those already looked at.
    if (i < end && end - 32 >= start) {
        int64_t last = end - 32;
        uint32_t mask = opening_candidates(text, last) & (~0u << (i - last));
        int64_t found = first_confirmed(text, last, mask, end, filter, followers, followers_longest);
        return found >= 0 ? found : end;
    }
#endif
    for (; i < end; i++)
        if (opens_unpunctuated(text, i) && confirms_opening(text, i, end, filter, followers, followers_longest)) return i;
    return end;
}

#ifdef NSUMM_SIMD
__attribute__((target("avx2"))) static int64_t find_opening_avx2(
    const uint8_t *text, int64_t start, int64_t end, const uint64_t *filter, const uint64_t *followers,
    int64_t followers_longest) {
    return find_opening(text, start, end, filter, followers, followers_longest);
}
#endif

// The AVX2 build where the CPU has AVX2, asked at each call (a load and a test) rather than
// through an ifunc: an ifunc resolver runs before the sanitizers' runtimes start and crashes
// them.
int64_t nsumm_find_unpunctuated_opening(
    const uint8_t *text, int64_t start, int64_t end, const uint64_t *filter, const uint64_t *followers,
    int64_t followers_longest) {
#ifdef NSUMM_SIMD
    if (__builtin_cpu_supports("avx2")) return find_opening_avx2(text, start, end, filter, followers, followers_longest);
#endif
    return find_opening(text, start, end, filter, followers, followers_longest);
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

int64_t nsumm_find_bytes(const uint8_t *text, int64_t start, int64_t end, const uint8_t *needle, int64_t length) {
    if (length <= 0) return end;
    // memchr for the first byte (a capital, in the callers: rare), then a comparison; glibc's
    // memmem is slower for needles this short.
    for (int64_t i = start; i + length <= end;) {
        const uint8_t *found = memchr(text + i, needle[0], (size_t)(end - length + 1 - i));
        if (!found) return end;
        i = found - text;
        if (memcmp(found, needle, (size_t)length) == 0) return i;
        i++;
    }
    return end;
}
