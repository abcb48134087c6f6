using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SalesCrm.Domain.Organisation;
using SalesCrm.Domain.Ownership;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Features.Ownership;

namespace SalesCrm.Tests.Web.Ownership;

/// <summary>OWN-2 while typing: the in-memory index finds the possible duplicates of a typed name among all customers.</summary>
public sealed class NameKeyIndexTests
{
    private readonly NameKeyIndex _index = new();

    [Fact]
    public void FindSimilar_ReturnsPossibleDuplicatesBestFirst_OWN2()
    {
        var (typo, longer, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        _index.Upsert(longer, Key("Hangzhou Acme Machinery Co., Ltd."));
        _index.Upsert(typo, Key("Hangzou Acme Co., Ltd."));
        _index.Upsert(other, Key("Greenfield Logistics"));

        var similar = _index.FindSimilar(Key("Hangzhou Acme"));

        Assert.Equal([typo, longer], similar.Select(s => s.CustomerId));
        Assert.Equal(NameSimilarity.Similarity(Key("Hangzhou Acme"), Key("Hangzou Acme")), similar[0].Score);
        Assert.True(similar[0].Score > similar[1].Score);
    }

    [Fact]
    public void FindSimilar_LeavesOutTheCustomerWithTheSameKey_OWN2()
    {
        var (same, longer) = (Guid.NewGuid(), Guid.NewGuid());
        _index.Upsert(same, Key("华为技术有限公司"));
        _index.Upsert(longer, Key("华为技术服务有限公司"));

        var similar = _index.FindSimilar(Key("華為技術股份有限公司"));

        Assert.Equal(longer, Assert.Single(similar).CustomerId);
    }

    [Fact]
    public void FindSimilar_FindsATraditionalSpellingOfASimilarName_OWN2()
    {
        var huawei = Guid.NewGuid();
        _index.Upsert(huawei, Key("华为技术有限公司"));
        _index.Upsert(Guid.NewGuid(), Key("中兴通讯股份有限公司"));

        var similar = _index.FindSimilar(Key("華為技術服務有限公司"));

        Assert.Equal(huawei, Assert.Single(similar).CustomerId);
    }

    [Fact]
    public void FindSimilar_ReturnsAtMostMax_TheBestOnes_OWN2()
    {
        string[] names = ["华为技术服", "华为技术服务", "华为技术服务中心", "华为技术服务中心站", "华为技术研究服务中心"];
        var ids = names.Select(name =>
        {
            var id = Guid.NewGuid();
            _index.Upsert(id, name);
            return id;
        }).ToList();

        var similar = _index.FindSimilar("华为技术", max: 2);

        Assert.Equal(ids.Take(2), similar.Select(s => s.CustomerId));
    }

    /// <summary>The index prunes candidates before scoring; it must never prune one that comparing with every key would flag.</summary>
    [Fact]
    public void FindSimilar_FindsExactlyWhatComparingWithEveryKeyWouldFind_OWN2()
    {
        string[] parts = ["华信", "精密", "机械", "杭州", "苏州", "三局", "科技", "hang", "zhou", "apex", "tech", "acme", "logi", "stic", "s"];
        var random = new Random(20260302);
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        while (keys.Count < 3000)
        {
            var key = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => parts[random.Next(parts.Length)]));
            if (keys.TryAdd(key, Guid.NewGuid()))
            {
                _index.Upsert(keys[key], key);
            }
        }

        var flagged = 0;
        foreach (var known in keys.Keys.Take(300))
        {
            var at = random.Next(known.Length);
            var query = random.Next(3) switch
            {
                0 => known.Remove(at, 1),
                1 => known.Insert(at, parts[random.Next(parts.Length)][..1]),
                _ => known + parts[random.Next(parts.Length)],
            };
            var expected = keys.Where(k => NameSimilarity.IsPossibleDuplicate(query, k.Key)).Select(k => k.Value).Order().ToList();

            var found = _index.FindSimilar(query, max: keys.Count).Select(s => s.CustomerId).Order().ToList();

            Assert.Equal(expected, found);
            flagged += found.Count;
        }

        Assert.True(flagged > 300, $"only {flagged} possible duplicates were compared");
    }

    [Fact]
    public void Upsert_WithANewKey_FindsTheCustomerUnderItsNewNameOnly_OWN2()
    {
        var customer = Guid.NewGuid();
        _index.Upsert(customer, Key("华为技术有限公司"));

        _index.Upsert(customer, Key("Greenfield Logistics"));

        Assert.Empty(_index.FindSimilar(Key("华为技术服务")));
        Assert.Equal(customer, Assert.Single(_index.FindSimilar(Key("Greenfeild Logistics"))).CustomerId);
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public void Remove_ForgetsTheCustomer_OWN2()
    {
        var (gone, kept) = (Guid.NewGuid(), Guid.NewGuid());
        _index.Upsert(gone, Key("华为技术服务"));
        _index.Upsert(kept, Key("华为技术中心"));

        _index.Remove(gone);

        Assert.Equal(kept, Assert.Single(_index.FindSimilar(Key("华为技术"))).CustomerId);
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public void SlotOfARemovedCustomer_IsReusedWithoutItsOldName_OWN2()
    {
        var (gone, next) = (Guid.NewGuid(), Guid.NewGuid());
        _index.Upsert(gone, Key("华为技术服务"));
        _index.Remove(gone);

        _index.Upsert(next, Key("Hangzhou Acme Machinery"));

        Assert.Empty(_index.FindSimilar(Key("华为技术")));
        Assert.Equal(next, Assert.Single(_index.FindSimilar(Key("Hangzhou Acme Machine"))).CustomerId);
    }

    [Fact]
    public void KeysOfOneOrTwoCharacters_AreNeitherHeldNorLookedUp_OWN2()
    {
        _index.Upsert(Guid.NewGuid(), "海尔");

        Assert.Equal(0, _index.Count);
        Assert.Empty(_index.FindSimilar("海尔"));
        Assert.Empty(_index.FindSimilar("海尔集"));
    }

    [Fact]
    public async Task EnsureLoaded_ReadsEveryCustomersKeyFromTheDatabase_OWN2()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var rep = await RepAsync(database);
        var huawei = await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, rep);
        var acme = await new CustomerBuilder().Named("Hangzhou Acme Machinery Co., Ltd.").SaveAsync(database, rep);
        await new CustomerBuilder().Named("中兴通讯股份有限公司").SaveAsync(database, rep);

        await _index.EnsureLoadedAsync(database.Factory);

        Assert.Equal(3, _index.Count);
        Assert.Equal(huawei.Id, Assert.Single(_index.FindSimilar(CompanyNameKey.For("華為技術服務有限公司"))).CustomerId);
        Assert.Equal(acme.Id, Assert.Single(_index.FindSimilar(CompanyNameKey.For("Hangzou Acme Machinery"))).CustomerId);
    }

    [Fact]
    public async Task ConcurrentCallers_WaitOnOneLoad_OWN2()
    {
        var reads = new CustomerReads();
        await using var database = await TestDatabase.InMemoryAsync(reads);
        var rep = await RepAsync(database);
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, rep);
        reads.StartCounting();
        reads.Hold();

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => _index.EnsureLoadedAsync(database.Factory))).ToList();
        await reads.Started;
        reads.Release();
        await Task.WhenAll(callers);
        await _index.EnsureLoadedAsync(database.Factory);

        Assert.Equal(1, reads.Reads);
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public async Task ChangesMadeWhileLoading_AreNotUndoneByTheLoad_OWN2()
    {
        var reads = new CustomerReads();
        await using var database = await TestDatabase.InMemoryAsync(reads);
        var rep = await RepAsync(database);
        var renamed = await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, rep);
        var removed = await new CustomerBuilder().Named("Hangzhou Acme Machinery").SaveAsync(database, rep);
        reads.StartCounting();
        reads.Hold();

        var loading = _index.EnsureLoadedAsync(database.Factory);
        await reads.Started;
        _index.Upsert(renamed.Id, Key("Greenfield Logistics"));
        _index.Remove(removed.Id);
        reads.Release();
        await loading;

        Assert.Empty(_index.FindSimilar(Key("华为技术服务")));
        Assert.Empty(_index.FindSimilar(Key("Hangzhou Acme Machine")));
        Assert.Equal(renamed.Id, Assert.Single(_index.FindSimilar(Key("Greenfeild Logistics"))).CustomerId);
    }

    [Fact]
    public async Task CallerGivingUp_DoesNotCancelTheLoadForOthers_OWN2()
    {
        var reads = new CustomerReads();
        await using var database = await TestDatabase.InMemoryAsync(reads);
        await new CustomerBuilder().Named("华为技术有限公司").SaveAsync(database, await RepAsync(database));
        reads.StartCounting();
        reads.Hold();
        using var impatient = new CancellationTokenSource();

        var givingUp = _index.EnsureLoadedAsync(database.Factory, impatient.Token);
        var waiting = _index.EnsureLoadedAsync(database.Factory);
        await reads.Started;
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givingUp);
        reads.Release();
        await waiting;

        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public async Task WritersAndReadersAtOnce_LeaveEveryCustomerFindable_OWN2()
    {
        string[] cities = ["杭州", "苏州", "南京", "宁波"];
        string[] trades = ["精密机械", "电子科技", "物流", "食品"];
        var writers = cities.Select(city => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                var id = Guid.NewGuid();
                _index.Upsert(id, $"{city}{Brand(i)}{trades[i % trades.Length]}");
                _index.Remove(Guid.NewGuid());
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                _index.FindSimilar($"杭州{Brand(i)}精密机");
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(1000, _index.Count);
        Assert.Equal(5, _index.FindSimilar($"杭州{Brand(0)}精密机").Count);
        Assert.Contains(_index.FindSimilar($"杭州{Brand(0)}精密机", max: 100), s => s.Score > 0.8);
    }

    private static string Key(string name) => CompanyNameKey.For(name);

    /// <summary>Two characters that differ for every i below 2,500, so each writer's keys are its own.</summary>
    private static string Brand(int i) => $"{(char)('甲' + (i / 50))}{(char)('乙' + (i % 50))}";

    private static async Task<SalesCrm.Web.Auth.CrmUser> RepAsync(TestDatabase database)
    {
        var organisation = new OrganisationBuilder(database);
        return await organisation.UserAsync(CrmRole.SalesRep, await organisation.RegionAsync("华东大区"));
    }

    /// <summary>Counts the reads of the customer table once told to, and can hold them until released.</summary>
    private sealed class CustomerReads : DbCommandInterceptor
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _counting;
        private bool _holding;
        private int _reads;

        public int Reads => _reads;

        public Task Started => _started.Task;

        public void StartCounting() => _counting = true;

        public void Hold() => _holding = true;

        public void Release() => _released.SetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (_counting && command.CommandText.Contains("FROM \"Customers\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _reads);
                _started.TrySetResult();
                if (_holding)
                {
                    await _released.Task.WaitAsync(Timeout, cancellationToken);
                }
            }

            return result;
        }
    }
}
