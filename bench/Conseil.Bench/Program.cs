using Conseil.Bench;

// bench/run's helper: `generate` builds the data set, `ceiling-sql` measures the raw indexed query, `totp` gives the
// secretariat account's current code, `vote-run` the vote benchmark on the data set's meeting of 1,000 voters.
return args switch
{
    ["generate", var provider, var connection, var scale] =>
        await DataSet.GenerateAsync(BenchArgs.Provider(provider), connection, BenchArgs.Positive(scale)),
    ["ceiling-sql", var provider, var connection, var seconds, var workers] =>
        await SqlCeiling.RunAsync(BenchArgs.Provider(provider), connection, BenchArgs.Positive(seconds), BenchArgs.Positive(workers)),
    ["totp", var key] => Print(Conseil.Tests.Support.Totp.Code(key)),
    ["vote-setup", var provider, var connection] => await VoteSetup.RunAsync(BenchArgs.Provider(provider), connection),
    ["vote-run", var baseUrl, var cookie, var votePath, var seconds] =>
        await VoteRun.RunAsync(baseUrl, cookie, votePath, VoteSetup.Voters, BenchArgs.Positive(seconds)),
    _ => BenchArgs.Usage(),
};

static int Print(string line)
{
    Console.WriteLine(line);
    return 0;
}
