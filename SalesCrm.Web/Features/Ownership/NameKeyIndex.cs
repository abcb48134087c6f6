using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Ownership;
using SalesCrm.Web.Data;

namespace SalesCrm.Web.Features.Ownership;

/// <summary>A customer whose name key is a possible duplicate (OWN-2) of the one asked about, and how alike they are.</summary>
public sealed record SimilarName(Guid CustomerId, double Score);

/// <summary>
/// OWN-2 while the rep types: every customer's name key in memory with an inverted index of its bigrams, so the
/// possible duplicates of a typed name (<see cref="NameSimilarity"/>) are found on each keystroke without a table
/// scan; SQL cannot answer "names alike" through an index. One per app (a singleton): it is loaded once from the
/// database and then kept current by whoever saves names (<see cref="Upsert"/>, <see cref="Remove"/>).
/// </summary>
/// <remarks>
/// Customers are numbered by slot, and postings hold slots (4 bytes) rather than ids (16), which keeps 200,000
/// customers in about 45 MB. One lock serialises everything: a lookup among 200,000 customers holds it for 0.2 ms
/// (a Chinese name) to 2 ms (an English one, whose common letter pairs have long postings), and holding the lock
/// lets all lookups share one counting array instead of allocating one per keystroke.
/// </remarks>
public sealed class NameKeyIndex
{
    private const int InitialCapacity = 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, int> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly Dictionary<int, Postings> _postings = [];
    private readonly List<int> _touched = [];
    private Guid[] _ids = new Guid[InitialCapacity];
    private string?[] _keys = new string?[InitialCapacity];
    private int[] _bigramCounts = new int[InitialCapacity];
    private int[] _shared = new int[InitialCapacity];
    private int _slotCount;

    // Ids upserted or removed before the load finished: the database snapshot may be older than what they say.
    private HashSet<Guid>? _changedBeforeLoad = [];
    private Task? _loading;

    /// <summary>How many customers can currently be found (keys too short to ever match are not held).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _slots.Count;
            }
        }
    }

    /// <summary>
    /// Loads every customer's id and name key the first time it is called; later calls return at once, and callers
    /// arriving during the load wait for that same load. The load itself is not cancelled by one caller giving up,
    /// since others may be waiting on it; a load that failed is tried again by the next caller.
    /// </summary>
    public Task EnsureLoadedAsync(IDbContextFactory<CrmDbContext> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Task loading;
        lock (_lock)
        {
            if (_changedBeforeLoad is null)
            {
                return Task.CompletedTask;
            }

            loading = _loading ??= Task.Run(() => LoadAsync(factory), CancellationToken.None);
        }

        return loading.WaitAsync(cancellationToken);
    }

    /// <summary>Adds a customer or changes its name key (a rename); safe to call before, during or after the load.</summary>
    public void Upsert(Guid customerId, string nameKey)
    {
        ArgumentNullException.ThrowIfNull(nameKey);
        lock (_lock)
        {
            _changedBeforeLoad?.Add(customerId);
            if (_slots.TryGetValue(customerId, out var slot) && string.Equals(_keys[slot], nameKey, StringComparison.Ordinal))
            {
                return;
            }

            RemoveLocked(customerId);
            AddLocked(customerId, nameKey);
        }
    }

    /// <summary>Forgets a customer (deleted, or no longer to be suggested).</summary>
    public void Remove(Guid customerId)
    {
        lock (_lock)
        {
            _changedBeforeLoad?.Add(customerId);
            RemoveLocked(customerId);
        }
    }

    /// <summary>
    /// The customers whose keys are possible duplicates of <paramref name="nameKey"/>, best first, at most
    /// <paramref name="max"/>. A customer with the very same key is not among them: that is the strong match.
    /// </summary>
    public IReadOnlyList<SimilarName> FindSimilar(string nameKey, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(nameKey);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (nameKey.Length < NameSimilarity.MinimumLength)
        {
            return [];
        }

        var bigrams = NameSimilarity.Bigrams(nameKey);
        // Most candidates share a bigram or two by chance: this cut drops them with one comparison, the per-pair
        // bound then drops those whose length rules them out, and only the rest are scored.
        var atLeast = NameSimilarity.MinimumSharedBigrams(bigrams.Length, nameKey.Length);
        var best = new List<(double Score, string Key, Guid Id)>(Math.Min(max, 16) + 1);
        lock (_lock)
        {
            CountSharedBigramsLocked(bigrams);
            foreach (var slot in _touched)
            {
                var shared = _shared[slot];
                _shared[slot] = 0;
                if (shared < atLeast)
                {
                    continue;
                }

                var key = _keys[slot]!;
                var count = _bigramCounts[slot];
                if (shared >= NameSimilarity.MinimumSharedBigrams(bigrams.Length, nameKey.Length, count, key.Length)
                    && NameSimilarity.IsPossibleDuplicate(nameKey, bigrams.Length, key, count, shared, out var score))
                {
                    Keep(best, (score, key, _ids[slot]), max);
                }
            }

            _touched.Clear();
        }

        return best.Select(b => new SimilarName(b.Id, b.Score)).ToList();
    }

    private async Task LoadAsync(IDbContextFactory<CrmDbContext> factory)
    {
        try
        {
            var rows = new List<(Guid Id, string NameKey)>();
            await using (var db = await factory.CreateDbContextAsync())
            {
                await foreach (var row in db.Customers.AsNoTracking().Select(c => new { c.Id, c.NameKey }).AsAsyncEnumerable())
                {
                    rows.Add((row.Id, row.NameKey));
                }
            }

            lock (_lock)
            {
                foreach (var (id, nameKey) in rows)
                {
                    if (!_changedBeforeLoad!.Contains(id))
                    {
                        AddLocked(id, nameKey);
                    }
                }

                _changedBeforeLoad = null;
            }
        }
        catch
        {
            lock (_lock)
            {
                _loading = null;
            }

            throw;
        }
    }

    private void CountSharedBigramsLocked(int[] bigrams)
    {
        foreach (var bigram in bigrams)
        {
            if (!_postings.TryGetValue(bigram, out var postings))
            {
                continue;
            }

            var slots = postings.Slots;
            for (var i = 0; i < postings.Count; i++)
            {
                if (_shared[slots[i]]++ == 0)
                {
                    _touched.Add(slots[i]);
                }
            }
        }
    }

    private void AddLocked(Guid customerId, string nameKey)
    {
        // A key this short can never be a possible duplicate of anything, so it is not worth a slot.
        if (nameKey.Length < NameSimilarity.MinimumLength)
        {
            return;
        }

        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlotLocked();
        var bigrams = NameSimilarity.Bigrams(nameKey);
        _slots.Add(customerId, slot);
        _ids[slot] = customerId;
        _keys[slot] = nameKey;
        _bigramCounts[slot] = bigrams.Length;
        foreach (var bigram in bigrams)
        {
            if (!_postings.TryGetValue(bigram, out var postings))
            {
                postings = new Postings();
                _postings.Add(bigram, postings);
            }

            postings.Add(slot);
        }
    }

    private void RemoveLocked(Guid customerId)
    {
        if (!_slots.Remove(customerId, out var slot))
        {
            return;
        }

        foreach (var bigram in NameSimilarity.Bigrams(_keys[slot]!))
        {
            var postings = _postings[bigram];
            postings.Remove(slot);
            if (postings.Count == 0)
            {
                _postings.Remove(bigram);
            }
        }

        _keys[slot] = null;
        _freeSlots.Push(slot);
    }

    private int NewSlotLocked()
    {
        if (_slotCount == _ids.Length)
        {
            var capacity = _ids.Length * 2;
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _bigramCounts, capacity);
            Array.Resize(ref _shared, capacity);
        }

        return _slotCount++;
    }

    /// <summary>Keeps the <paramref name="max"/> best, highest score first; equal scores in key order, so results are stable.</summary>
    private static void Keep(List<(double Score, string Key, Guid Id)> best, (double Score, string Key, Guid Id) candidate, int max)
    {
        var at = best.FindIndex(b => b.Score < candidate.Score || (b.Score.Equals(candidate.Score) && string.CompareOrdinal(b.Key, candidate.Key) > 0));
        if (at < 0)
        {
            at = best.Count;
        }

        if (at < max)
        {
            best.Insert(at, candidate);
            if (best.Count > max)
            {
                best.RemoveAt(max);
            }
        }
    }

    /// <summary>The slots of the keys holding one bigram, unordered so a removal is a swap with the last.</summary>
    private sealed class Postings
    {
        public int[] Slots { get; private set; } = new int[4];

        public int Count { get; private set; }

        public void Add(int slot)
        {
            if (Count == Slots.Length)
            {
                var grown = Slots;
                Array.Resize(ref grown, Count * 2);
                Slots = grown;
            }

            Slots[Count++] = slot;
        }

        public void Remove(int slot)
        {
            var at = Array.IndexOf(Slots, slot, 0, Count);
            Slots[at] = Slots[--Count];
        }
    }
}
