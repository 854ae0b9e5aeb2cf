"""Publishing: the site's address, the repository behind "edit this page", the version and the offline bundle."""
