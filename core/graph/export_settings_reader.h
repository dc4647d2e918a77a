#pragma once
// Reading the graph file's "export" section (export_settings.h). Internal to the graph stage.
#include "graph/export_settings.h"

namespace seg {
class FieldReader;
void readExportSettings(const FieldReader& top, GraphExportSettings& out);
} // namespace seg
