#pragma once

#include <QHash>
#include <QSet>

#include <functional>
#include <type_traits>
#include <vector>

namespace snapline {

// What syncRows() tells the model, wrapping its protected begin/end calls.
struct RowSyncSteps
{
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int from, int to)> beginMove; // one row from `from` to before `to`
    std::function<void()> endMove;
};

// Turns `rows` into `next` by removing, moving and inserting rows — never by
// a reset — so views keep their selection, expansion and scroll position
// across a reload. Rows whose key is in both lists keep their identity and
// are handed to `update` with the new row. Keys are unique in each list.
template<typename Row, typename KeyOf, typename Update>
void syncRows(std::vector<Row> &rows, std::vector<Row> next, KeyOf keyOf, const RowSyncSteps &steps,
              Update update)
{
    using Key = std::decay_t<decltype(keyOf(next.front()))>;
    QSet<Key> wanted;
    wanted.reserve(qsizetype(next.size()));
    for (const Row &row : next)
        wanted.insert(keyOf(row));

    // Removals, one run of neighbours at a time, from the end.
    for (int i = int(rows.size()) - 1; i >= 0;) {
        if (wanted.contains(keyOf(rows[std::size_t(i)]))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(keyOf(rows[std::size_t(first - 1)])))
            --first;
        steps.beginRemove(first, i);
        rows.erase(rows.begin() + first, rows.begin() + i + 1);
        steps.endRemove();
        i = first - 1;
    }

    QSet<Key> present;
    present.reserve(qsizetype(rows.size()));
    for (const Row &row : rows)
        present.insert(keyOf(row));

    for (std::size_t i = 0; i < next.size();) {
        const Key key = keyOf(next[i]);
        if (i < rows.size() && keyOf(rows[i]) == key) {
            update(rows[i], std::move(next[i]), int(i));
            ++i;
            continue;
        }
        if (present.contains(key)) {
            std::size_t from = i + 1;
            while (keyOf(rows[from]) != key)
                ++from;
            steps.beginMove(int(from), int(i));
            Row moving = std::move(rows[from]);
            rows.erase(rows.begin() + std::ptrdiff_t(from));
            rows.insert(rows.begin() + std::ptrdiff_t(i), std::move(moving));
            steps.endMove();
            update(rows[i], std::move(next[i]), int(i));
            ++i;
            continue;
        }
        // A run of new rows goes in with one insertion.
        std::size_t end = i + 1;
        while (end < next.size() && !present.contains(keyOf(next[end])))
            ++end;
        steps.beginInsert(int(i), int(end - 1));
        rows.insert(rows.begin() + std::ptrdiff_t(i),
                    std::make_move_iterator(next.begin() + std::ptrdiff_t(i)),
                    std::make_move_iterator(next.begin() + std::ptrdiff_t(end)));
        steps.endInsert();
        i = end;
    }
}

} // namespace snapline
