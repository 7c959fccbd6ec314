/* The public header compiles alone, and as C++. */
#include "qingxi.h"

int header_compiles_alone();
int header_compiles_alone() {
    return QX_OK;
}
