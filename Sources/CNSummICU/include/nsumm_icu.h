// nsumm's window onto ICU. Plain C types only: this header must never include an ICU header,
// because Swift code that also imports Foundation would then see two copies of ICU's enums.
//
// Every function returns a status or a count and never aborts. Negative results are errors:
// NSUMM_ICU_ERROR for a failure inside ICU, NSUMM_ICU_BUFFER_TOO_SMALL when an output buffer
// must grow (the function then says how much it needs where documented).
#ifndef NSUMM_ICU_H
#define NSUMM_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NSUMM_ICU_ERROR (-1)
#define NSUMM_ICU_BUFFER_TOO_SMALL (-2)
#define NSUMM_ICU_INVALID_ARGUMENT (-3)
#define NSUMM_ICU_UNKNOWN_CHARSET (-4)
#define NSUMM_ICU_INVALID_INPUT (-5)

/// An ICU sentence break iterator with its scratch buffers. Not thread-safe: give each thread
/// its own, or clone one per call with nsumm_sentence_breaker_clone.
typedef struct nsumm_sentence_breaker nsumm_sentence_breaker;

/// Opens a sentence breaker for a BCP 47 / ICU locale ("id", "en"). NULL on failure, with the
/// reason in *status (negative).
nsumm_sentence_breaker *nsumm_sentence_breaker_open(const char *locale, int32_t *status);

/// A new breaker with the same rules; cheaper than opening one. Safe to call from several
/// threads on one template that nobody iterates with. NULL on failure.
nsumm_sentence_breaker *nsumm_sentence_breaker_clone(const nsumm_sentence_breaker *breaker,
                                                     int32_t *status);

/// Frees a breaker (NULL is fine).
void nsumm_sentence_breaker_close(nsumm_sentence_breaker *breaker);

/// ICU's sentence boundaries inside `range_count` ranges of UTF-8 `text` (`ranges` holds each
/// range's start and end offset in turn, ascending, none overlapping the next), as ascending
/// byte offsets, each strictly inside its range. Each range is judged as a text of its own, as
/// if ICU ran over it alone, but ICU is set up once for them all. CR, LF and the other line
/// separators count as spaces: the caller decides what a line break means. ICU is asked only
/// about windows around sentence terminators (Sentence_Break ATerm/STerm), which gives the
/// same boundaries as running it over the whole range, at a fraction of the cost. Returns the
/// number of boundaries written, or NSUMM_ICU_BUFFER_TOO_SMALL when `capacity` is too small
/// (at most one boundary per terminator, so the ranges' total length always suffices), or
/// another negative status.
int32_t nsumm_sentence_breaker_boundaries(nsumm_sentence_breaker *breaker, const uint8_t *text,
                                          const int32_t *ranges, int32_t range_count,
                                          int32_t *boundaries, int32_t capacity);

/// The same boundaries computed the plain way: ICU iterates over the whole text (line
/// separators turned into spaces first). Slower; kept to test the windowed version against.
int32_t nsumm_sentence_breaker_boundaries_full(nsumm_sentence_breaker *breaker,
                                               const uint8_t *text, int32_t length,
                                               int32_t *boundaries, int32_t capacity);

/// 1 when UTF-8 `text` is certainly in Unicode Normalization Form C, 0 when it may not be,
/// negative on error (invalid UTF-8 included).
int32_t nsumm_utf8_is_nfc(const uint8_t *text, int32_t length);

/// Normalises UTF-8 `text` to NFC into `output`. When `source_offsets` is not NULL, it receives
/// for every output byte the offset in `text` of the start of the normalisation segment it came
/// from, so positions in the result can be mapped back. Returns the output length, or
/// NSUMM_ICU_BUFFER_TOO_SMALL when `capacity` is too small (3 × length + 16 always suffices).
int32_t nsumm_utf8_to_nfc(const uint8_t *text, int32_t length, uint8_t *output, int32_t capacity,
                          int32_t *source_offsets);

/// Full Unicode case folding of UTF-8 `text` into `output` (for case-insensitive lookups).
/// Returns the output length or NSUMM_ICU_BUFFER_TOO_SMALL (3 × length + 16 always suffices).
int32_t nsumm_utf8_fold_case(const uint8_t *text, int32_t length, uint8_t *output,
                             int32_t capacity);

/// A compiled ICU regular expression. The one made by nsumm_regex_open is a template: it may
/// be shared between threads as long as it is only used to match through nsumm_regex_prefix,
/// which works on a private clone.
typedef struct nsumm_regex nsumm_regex;

/// Compiles the UTF-8 ICU regular expression `pattern`. NULL when it is not valid, with ICU's
/// error offset (in UTF-16 units of the pattern) in *error_offset when that is not NULL.
nsumm_regex *nsumm_regex_open(const uint8_t *pattern, int32_t length, int32_t *error_offset);

/// Frees a regular expression (NULL is fine).
void nsumm_regex_close(nsumm_regex *regex);

/// The length in bytes of the match of `regex` that starts at the beginning of UTF-8 `text`
/// (ICU's lookingAt), -1 when there is none, or NSUMM_ICU_ERROR.
int32_t nsumm_regex_prefix(const nsumm_regex *regex, const uint8_t *text, int32_t length);

/// ICU's guess at the charset of `text`: its name ("UTF-8", "windows-1252", "ISO-8859-1",
/// "UTF-16LE", ...) goes into `name` (NUL-terminated, truncated to `capacity`), and the result is
/// the confidence from 0 to 100, or negative when ICU has no guess.
int32_t nsumm_detect_charset(const uint8_t *text, int32_t length, char *name, int32_t capacity);

/// Converts `text` from `charset` (any name ICU's converters know) to UTF-8 in `output`. Returns
/// the output length; NSUMM_ICU_BUFFER_TOO_SMALL when `capacity` is too small (4 × length + 16
/// always suffices); NSUMM_ICU_UNKNOWN_CHARSET; or NSUMM_ICU_INVALID_INPUT with the offset of
/// the first byte that is not valid in `charset` in `*error_offset`. A byte-order mark at the
/// start of UTF-16 or UTF-32 text is consumed.
int32_t nsumm_convert_to_utf8(const char *charset, const uint8_t *text, int32_t length,
                              uint8_t *output, int32_t capacity, int32_t *error_offset);

#ifdef __cplusplus
}
#endif

#endif
