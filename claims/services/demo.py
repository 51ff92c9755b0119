# PLACEHOLDER until the demo helper lands (this session)
DEMO_PASSWORD = "demo-password"


class Report:
    logins = []

    def summary(self):
        return "no demo yet"


def load_demo():
    return Report()
