// Shim for ncursesw. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character
// API must be switched on here before the header is included.
#ifndef PANELIST_CNCURSESW_SHIM_H
#define PANELIST_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// wcwidth is not visible from Swift without a declaration.
extern int wcwidth(wchar_t c);

// The global stdscr is rejected by Swift 6 as not concurrency-safe; wrap it and the macros.
static inline WINDOW *panelist_stdscr(void) { return stdscr; }
static inline int panelist_lines(void) { return LINES; }
static inline int panelist_cols(void) { return COLS; }
static inline void panelist_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t panelist_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t panelist_a_bold(void) { return A_BOLD; }
static inline attr_t panelist_a_reverse(void) { return A_REVERSE; }
static inline attr_t panelist_a_underline(void) { return A_UNDERLINE; }
static inline attr_t panelist_a_dim(void) { return A_DIM; }
static inline attr_t panelist_a_normal(void) { return A_NORMAL; }
static inline int panelist_key_resize(void) { return KEY_RESIZE; }
static inline int panelist_key_mouse(void) { return KEY_MOUSE; }
static inline int panelist_err(void) { return ERR; }
static inline int panelist_ok(void) { return OK; }
// Presses of the left button and the wheel only: no motion and no drag reports (xterm mode
// 1000 rather than 1002/1003), so the terminal keeps selecting text with Shift-drag.
static inline mmask_t panelist_clicks_and_wheel(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
#else
    return BUTTON1_PRESSED | BUTTON4_PRESSED;
#endif
}
static inline mmask_t panelist_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t panelist_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t panelist_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t panelist_button5_pressed(void) { return 0; }
#endif
static inline const char *panelist_codeset(void) { return nl_langinfo(CODESET); }
static inline int panelist_lc_all(void) { return LC_ALL; }
// terminfo strings and flags for the frame encoder (term.h itself is left out: its macros
// `lines`, `columns` etc. would clash with ordinary names).
extern char *tigetstr(const char *);
extern int tigetflag(const char *);
extern char *tiparm(const char *, ...);
// A string capability, or NULL when the terminal lacks it (terminfo's -1 means "not a string").
static inline const char *panelist_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == (char *)-1) ? (const char *)0 : s;
}
// tiparm is variadic, which Swift cannot call.
static inline const char *panelist_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *panelist_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }
// Widths on one thread only (tests): a UTF-8 locale for uselocale().
static inline locale_t panelist_utf8_locale(void) { return newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0); }

#endif
