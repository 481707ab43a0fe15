#include "CNcursesw.h"
#include <signal.h>
#include <pthread.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>

SCREEN *folio_newterm(void) { return newterm(NULL, stdout, stdin); }
WINDOW *folio_stdscr(void) { return stdscr; }
int folio_lines(void) { return LINES; }
int folio_cols(void) { return COLS; }
int folio_colors(void) { return COLORS; }
int folio_color_pairs(void) { return COLOR_PAIRS; }

attr_t folio_attr_bold(void) { return A_BOLD; }
attr_t folio_attr_dim(void) { return A_DIM; }
attr_t folio_attr_italic(void) { return A_ITALIC; }
attr_t folio_attr_underline(void) { return A_UNDERLINE; }
attr_t folio_attr_reverse(void) { return A_REVERSE; }
attr_t folio_attr_normal(void) { return A_NORMAL; }

bool folio_terminal_can_address_cursor(void) {
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == '\0') return false;
    int status = 0;
    if (setupterm(term, 1, &status) != OK) return false;
    char *cup = tigetstr("cup");
    bool ok = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    cur_term = NULL;
    return ok;
}

static volatile sig_atomic_t pending_signal = 0;

static void remember_signal(int signo) { pending_signal = signo; }

void folio_install_signal_handlers(void) {
    /* A parent may have started us with signals blocked; the reader needs these delivered. */
    sigset_t needed;
    sigemptyset(&needed);
    sigaddset(&needed, SIGINT);
    sigaddset(&needed, SIGTERM);
    sigaddset(&needed, SIGHUP);
    sigaddset(&needed, SIGWINCH);
    sigaddset(&needed, SIGTSTP);
    sigaddset(&needed, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &needed, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remember_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

int folio_take_signal(void) {
    int signo = pending_signal;
    pending_signal = 0;
    return signo;
}

int folio_put(WINDOW *win, int y, int x, const char *utf8, attr_t attrs, short pair) {
    wattr_set(win, attrs, pair, NULL);
    return mvwaddstr(win, y, x, utf8);
}

bool folio_mouse_enable(bool enabled) {
    mmask_t wanted = 0;
    if (enabled) {
        wanted = BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
        wanted |= BUTTON5_PRESSED;
#endif
    }
    mmask_t granted = mousemask(wanted, NULL);
    if (enabled) mouseinterval(0);
    return granted != 0;
}

bool folio_get_mouse(int *x, int *y, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return false;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) {
        *kind = 2;
#ifdef BUTTON5_PRESSED
    } else if (event.bstate & BUTTON5_PRESSED) {
        *kind = 3;
#endif
    } else if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) {
        *kind = 1;
    } else {
        *kind = 0;
    }
    return true;
}
