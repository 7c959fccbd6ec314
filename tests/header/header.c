/* The public header compiles alone, under -std=c11 -pedantic -Werror. */
#include "qingxi.h"

int header_compiles_alone(void);
int header_compiles_alone(void) {
    return QX_OK;
}
