#pragma once
// Precompiled for the wx targets: wx headers are large and parsed by every wx source file.
#include <wx/wx.h>
#include <wx/listctrl.h>
