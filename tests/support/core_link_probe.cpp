// Links the core library and nothing else, so core_layer_check can inspect
// what the core drags in.
#include "rules/rule_planner.h"

int main()
{
    const snapline::RulePlanner planner;
    return planner.evaluate({}, {}).allowed() ? 0 : 1;
}
