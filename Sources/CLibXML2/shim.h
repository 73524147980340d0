// libxml2 for Swift. xmlversion.h comes first so that LIBXML_ICU_ENABLED can be undefined
// before any other libxml header would pull <unicode/ucnv.h> in: ICU's headers next to the
// copy Foundation bundles fail to compile (enum redefinition).
#ifndef NSUMM_CLIBXML2_SHIM_H
#define NSUMM_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#endif
