#pragma once

#include <QDateTime>
#include <QString>

namespace snapline {

// An Atlas organization.
struct Organization
{
    QString id;
    QString name;
    bool isDeleted = false;

    bool operator==(const Organization &) const = default;
};

// An Atlas project (a "group" in the API), which owns clusters and roles.
struct Project
{
    QString id;
    QString name;
    QString orgId;
    QDateTime created;
    int clusterCount = 0;

    bool operator==(const Project &) const = default;
};

} // namespace snapline
