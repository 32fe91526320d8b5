#include "CNCurses.h"

WINDOW *byl_stdscr(void) { return stdscr; }
int byl_lines(void) { return LINES; }
int byl_cols(void) { return COLS; }
int byl_colors(void) { return COLORS; }
int byl_color_pairs(void) { return COLOR_PAIRS; }
void byl_getmaxyx(WINDOW *win, int *y, int *x) { int yy, xx; getmaxyx(win, yy, xx); *y = yy; *x = xx; }

unsigned int byl_a_normal(void) { return (unsigned int)A_NORMAL; }
unsigned int byl_a_bold(void) { return (unsigned int)A_BOLD; }
unsigned int byl_a_underline(void) { return (unsigned int)A_UNDERLINE; }
unsigned int byl_a_reverse(void) { return (unsigned int)A_REVERSE; }
unsigned int byl_a_dim(void) { return (unsigned int)A_DIM; }
unsigned int byl_a_italic(void) { return (unsigned int)A_ITALIC; }
unsigned int byl_a_blink(void) { return (unsigned int)A_BLINK; }
unsigned int byl_color_pair(int n) { return (unsigned int)COLOR_PAIR(n); }

int byl_key_f(int n) { return KEY_F(n); }
int byl_key_resize(void) { return KEY_RESIZE; }
int byl_key_mouse(void) { return KEY_MOUSE; }
int byl_err(void) { return ERR; }

int byl_put_cell(int y, int x, const wchar_t *wch, unsigned int attrs, int pair) {
    cchar_t c;
    if (setcchar(&c, wch, (attr_t)attrs, (short)(pair < 32767 ? pair : 0), &pair) != OK) {
        /* Too many combining characters for a cell: draw a replacement rather than leave the old cell. */
        const wchar_t fallback[2] = { 0xFFFD, 0 };
        if (setcchar(&c, fallback, (attr_t)attrs, (short)(pair < 32767 ? pair : 0), &pair) != OK) return ERR;
    }
    return mvadd_wch(y, x, &c);
}

int byl_get_wch(unsigned int *out) {
    wint_t w = 0;
    int r = get_wch(&w);
    *out = (unsigned int)w;
    return r;
}

void byl_enable_mouse(void) {
    mousemask(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION, NULL);
    mouseinterval(0);
}

int byl_get_mouse(int *y, int *x, unsigned long *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *y = ev.y; *x = ev.x; *bstate = (unsigned long)ev.bstate;
    return OK;
}
unsigned long byl_button1_clicked(void) { return BUTTON1_CLICKED; }
unsigned long byl_button1_pressed(void) { return BUTTON1_PRESSED; }
unsigned long byl_button1_released(void) { return BUTTON1_RELEASED; }
unsigned long byl_button4_pressed(void) { return BUTTON4_PRESSED; }
unsigned long byl_button5_pressed(void) { return BUTTON5_PRESSED; }
int byl_init_extended_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }

/* Start curses on the process's terminal; unlike initscr, report failure (unknown TERM) instead of exiting. */
int byl_start(void) {
    SCREEN *s = newterm(NULL, stdout, stdin);
    if (s == NULL) return ERR;
    set_term(s);
    return OK;
}
