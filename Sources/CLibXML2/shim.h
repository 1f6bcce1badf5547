#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the system ICU headers,
   which clash with Foundation's private ICU module (_FoundationICU). We never touch the ICU-only
   fields (the tail of xmlCharEncodingHandler), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable; Swift 6 rejects touching it as shared mutable
   state. Wrap it in a function. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
#endif
