#ifndef CNCURSESW_H
#define CNCURSESW_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdbool.h>

/* Wrappers for ncurses macros and globals that Swift cannot import or that Swift 6
   strict concurrency rejects. */

/* newterm on stdout/stdin: unlike initscr it returns NULL on an unusable TERM. */
SCREEN *folio_newterm(void);
WINDOW *folio_stdscr(void);
int folio_lines(void);
int folio_cols(void);
int folio_colors(void);
int folio_color_pairs(void);

attr_t folio_attr_bold(void);
attr_t folio_attr_dim(void);
attr_t folio_attr_italic(void);
attr_t folio_attr_underline(void);
attr_t folio_attr_reverse(void);
attr_t folio_attr_normal(void);

/* Whether the terminal named by TERM can address the cursor; ncurses needs that. */
bool folio_terminal_can_address_cursor(void);

/* Installs handlers for SIGINT, SIGTERM, SIGHUP that set a flag the loop polls. */
void folio_install_signal_handlers(void);
/* The signal number received since the last call, or 0. */
int folio_take_signal(void);
/* Puts a string of UTF-8 at (y, x) with attributes and color pair. */
int folio_put(WINDOW *win, int y, int x, const char *utf8, attr_t attrs, short pair);

/* Mouse reporting: BUTTON*_ masks are macros Swift cannot import. folio_mouse_enable asks for
   clicks and wheel notches (or none), with no click interval so a press is reported at once.
   folio_get_mouse reads a KEY_MOUSE report: kind 1 click, 2 wheel up, 3 wheel down, 0 other;
   returns false when there was no report to read. */
bool folio_mouse_enable(bool enabled);
bool folio_get_mouse(int *x, int *y, int *kind);

#endif
