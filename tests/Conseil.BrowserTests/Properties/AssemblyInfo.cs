// Each collection starts its own server and Chromium: one at a time on a small machine keeps timings steady.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
