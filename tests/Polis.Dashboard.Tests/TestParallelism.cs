// Each dashboard test starts its own polis process and Chromium. On CI's 2 cores, more than two such pairs at once
// (beside the other test projects) slow every page past its waits; two keep both cores busy without starving them.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
