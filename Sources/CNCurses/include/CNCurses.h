#ifndef CNCURSES_H
#define CNCURSES_H

/* Wide-character curses. SwiftPM drops pkg-config's -D flags, so define it here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <wchar.h>
#include <locale.h>
#include <ncursesw/curses.h>

/* Functions for what Swift cannot import (macros) or may not touch (global mutable state). */
WINDOW *byl_stdscr(void);
int byl_lines(void);
int byl_cols(void);
int byl_colors(void);
int byl_color_pairs(void);
void byl_getmaxyx(WINDOW *win, int *y, int *x);

unsigned int byl_a_normal(void);
unsigned int byl_a_bold(void);
unsigned int byl_a_underline(void);
unsigned int byl_a_reverse(void);
unsigned int byl_a_dim(void);
unsigned int byl_a_italic(void);
unsigned int byl_a_blink(void);
unsigned int byl_color_pair(int n);

int byl_key_f(int n);
int byl_key_resize(void);
int byl_key_mouse(void);
int byl_err(void);

/* Draw one cell: a NUL-terminated wide string (a character and its combining marks) with attributes and a pair. */
int byl_put_cell(int y, int x, const wchar_t *wch, unsigned int attrs, int pair);
/* Read a key: returns KEY_CODE_YES for function keys, OK for characters, ERR on none. */
int byl_get_wch(unsigned int *out);
/* Mouse: enable all button events and report the last event. */
void byl_enable_mouse(void);
int byl_get_mouse(int *y, int *x, unsigned long *bstate);
unsigned long byl_button1_clicked(void);
unsigned long byl_button1_pressed(void);
unsigned long byl_button1_released(void);
unsigned long byl_button4_pressed(void);
unsigned long byl_button5_pressed(void);
int byl_init_extended_pair(int pair, int fg, int bg);
/* newterm on stdout/stdin: OK, or ERR when the terminal type is unknown. */
int byl_start(void);

#endif
