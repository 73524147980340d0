// Byte searches over UTF-8 text, 32 bytes at a time where the CPU has SSE2 (every x86-64; in one
// AVX2 register where the CPU has AVX2), byte by byte elsewhere. Plain C types only; no ICU. Each returns an offset from `text`:
// the first match in [start, end), or `end` when there is none.
#ifndef NSUMM_BYTES_H
#define NSUMM_BYTES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// First byte that is >= 0x80 or 0x00.
int64_t nsumm_find_non_ascii_or_nul(const uint8_t *text, int64_t start, int64_t end);

/// First byte that may start a line break: 0x0A to 0x0D, or 0xC2 / 0xE2 (the lead bytes of
/// NEL and U+2028/U+2029).
int64_t nsumm_find_line_break_candidate(const uint8_t *text, int64_t start, int64_t end);

/// First byte that may be a sentence terminator: '.', '!', '?' or any byte >= 0x80 (the
/// caller decodes those).
int64_t nsumm_find_terminator_candidate(const uint8_t *text, int64_t start, int64_t end);

/// The number of 64-bit words of a word filter: a Bloom filter of 16,384 bits over words of
/// ASCII letters, two bits a word, at the positions `nsumm_word_filter_hash` gives.
#define NSUMM_WORD_FILTER_WORDS 256

/// The hash of the `length` ASCII bytes at `word` (at most sixteen), capitals lowered, whose
/// low and high 32 bits, each modulo 16,384, are a word's two bits in a word filter.
uint64_t nsumm_word_filter_hash(const uint8_t *word, int64_t length);

/// First place where a sentence may start without punctuation before it: an ASCII capital
/// after a space that follows a lower-case ASCII letter, a digit or a non-ASCII byte, that
/// opens a capitalised word (`Seorang`, `Namun,`: lower-case ASCII letters after the capital,
/// perhaps a comma) followed by a space and a lower-case ASCII letter or a digit, all before `end` (after
/// a lower-case ASCII letter or a digit, only a word `filter` may hold, when `filter` is not
/// NULL: the words a sentence may start with; or, when `followers` is not NULL, a word followed
/// by one of at most `followers_longest` bytes that `followers` may hold: the words that point
/// back to a sentence's first noun); any
/// ASCII capital after a space that follows '"' or a byte 0x9D (U+201D ends with it); a '"'
/// or a byte 0xE2 (U+201C starts with it) after a space that follows any of these; an ASCII digit or lower-case
/// letter after a space that follows a full stop; or `(` or `[` right after a full stop, or
/// after a space or a line break (LF or CRLF) that follows what can end a sentence: `.`, `!`,
/// `?`, '"', or a byte 0x9D or 0xA6 (U+201D and U+2026 end with them). `start` must be >= 2 (the two bytes
/// before `start` are read).
int64_t nsumm_find_unpunctuated_opening(
    const uint8_t *text, int64_t start, int64_t end, const uint64_t *filter, const uint64_t *followers,
    int64_t followers_longest);

/// The offset of the first occurrence of the `length` bytes at `needle` in [start, end), or
/// `end`.
int64_t nsumm_find_bytes(const uint8_t *text, int64_t start, int64_t end, const uint8_t *needle, int64_t length);

/// The number of bytes in [start, end) that are not UTF-8 continuation bytes: the number of
/// Unicode scalars of valid UTF-8.
int64_t nsumm_count_scalars(const uint8_t *text, int64_t start, int64_t end);

#ifdef __cplusplus
}
#endif

#endif
