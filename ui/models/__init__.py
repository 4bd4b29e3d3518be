"""Qt item models: adapters over the project's lists, and the proxies that filter them."""
